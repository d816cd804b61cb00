import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@register/domain';

/**
 * The service's sense of time, injected so that tests can fix it. `today()` is
 * the calendar date in the Netherlands: a decision taken late on 31 December
 * in Maastricht is dated that day, not the UTC date.
 */
export interface Clock {
  now(): Date;
  today(): CalendarDate;
}

export const CLOCK = Symbol('Clock');

export const REGISTER_TIME_ZONE = 'Europe/Amsterdam';

/** Building a DateTimeFormat costs ~80 us, using one ~6 us; every default `validOn` needs one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The `YYYY-MM-DD` date that `instant` falls on in `timeZone`. */
export function calendarDateIn(instant: Date, timeZone: string = REGISTER_TIME_ZONE): CalendarDate {
  const parts = dateFormatIn(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

@Injectable()
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }

  today(): CalendarDate {
    return calendarDateIn(this.now());
  }
}

/**
 * The instant `date` begins in `timeZone`: 00:00 Dutch time is 23:00 or
 * 22:00 UTC the day before. The offset is asked at a first guess and again
 * at the answer, so a day that starts on the other side of a clock change
 * gets its own offset (midnight itself never falls in the switch's hour).
 */
export function startOfDayIn(date: CalendarDate, timeZone: string = REGISTER_TIME_ZONE): Date {
  const wall = Date.parse(`${date}T00:00:00.000Z`);
  const guess = wall - utcOffsetAt(wall, timeZone);
  return new Date(wall - utcOffsetAt(guess, timeZone));
}

/** The calendar date after `date`. */
export function dayAfter(date: CalendarDate): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** How far `timeZone`'s wall clock runs ahead of UTC at the instant `utc` (milliseconds). */
function utcOffsetAt(utc: number, timeZone: string): number {
  const parts = wallClockFormatIn(timeZone).formatToParts(new Date(utc));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(utc / 1000) * 1000;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (format === undefined) {
    const fields = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...fields });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}
