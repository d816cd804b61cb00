import type { CalendarDate } from './calendar-date';

/**
 * The validity period of the time model: `validFrom` inclusive, `validUntil`
 * exclusive and open (null) when unlimited (domain.md "Time").
 */
export interface Period {
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
}

export function periodContains(period: Period, date: CalendarDate): boolean {
  return period.validFrom <= date && (period.validUntil === null || date < period.validUntil);
}

/** True when end `a` lies after end `b`; an open end lies after every date. */
export function endsLater(a: CalendarDate | null, b: CalendarDate | null): boolean {
  if (b === null) return false;
  return a === null || a > b;
}

/** The earlier of two ends, treating null as "never". */
export function earlierEnd(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/** Whether `inner` starts no earlier and ends no later than `outer`. */
export function periodWithin(inner: Period, outer: Period): boolean {
  return inner.validFrom >= outer.validFrom && !endsLater(inner.validUntil, outer.validUntil);
}

/** A period is empty or reversed when it ends on or before it starts. */
export function isEmptyPeriod(period: Period): boolean {
  return period.validUntil !== null && period.validUntil <= period.validFrom;
}

export function describePeriod(period: Period): string {
  return `${period.validFrom} until ${period.validUntil ?? 'further notice'}`;
}
