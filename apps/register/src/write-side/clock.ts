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
