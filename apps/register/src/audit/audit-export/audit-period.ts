import { CalendarDate } from '@register/domain';
import { ProblemError } from '../../http/problem/problem.error';
import { dayAfter, REGISTER_TIME_ZONE, startOfDayIn } from '../../write-side/clock';

/** An audit's period as instants: the register's days are Dutch days (clock.ts), so that is the zone its dates bound. */
export interface AuditPeriod {
  readonly from: string;
  readonly until: string;
  /** 00:00 Europe/Amsterdam on `from`, UTC ISO: the first instant counted. */
  readonly fromInstant: string;
  /** 00:00 Europe/Amsterdam on the day after `until`: the first instant no longer counted. */
  readonly untilInstant: string;
  /** The register as it stood at the end of the period, or now when that is later: what the read models of the bundle show. */
  readonly knownAt: string;
}

/**
 * `from` through `until`, both inclusive, as Dutch calendar days: an event
 * recorded at 23:30 UTC on 31 December 2026 was recorded on 1 January 2027
 * in Maastricht, and belongs to 2027. `until` may be today or later.
 *
 * @throws ProblemError VALIDATION_FAILED naming `until` when it lies before `from`.
 */
export function auditPeriod(from: string, until: string, now: Date): AuditPeriod {
  if (CalendarDate.isAfter(from, until)) throw ProblemError.validationFailed([{ field: 'until', message: `must not lie before from (${from})` }]);
  const fromInstant = startOfDayIn(from, REGISTER_TIME_ZONE).toISOString();
  const end = startOfDayIn(dayAfter(until), REGISTER_TIME_ZONE);
  const knownAt = new Date(Math.min(end.getTime() - 1, now.getTime())).toISOString();
  return { from, until, fromInstant, untilInstant: end.toISOString(), knownAt };
}
