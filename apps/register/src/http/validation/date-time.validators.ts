import { isCalendarDate } from '@register/domain';
import { formatDecorator } from './format.registry';

// The one spelling api.md allows: UTC, milliseconds, `Z`.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `YYYY-MM-DD` and a day that exists: 2024-02-29 is one, 2026-02-30 and 2026-13-01 are not. */
export { isCalendarDate };

/**
 * `2026-01-28T10:00:00.000Z`: a real moment (the date exists, hours below 24,
 * minutes and seconds below 60) written exactly as Date#toISOString writes it,
 * so instants compare as strings and round-trip unchanged.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match || !isCalendarDate(match[1])) return false;
  // Date rolls 24:00 over to the next day and gives up (NaN) on minute or second 60.
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/**
 * ISO-8601 (RFC 3339) with a time zone: `2026-03-01T00:00:00Z`,
 * `2026-03-01T01:00+01:00`, `2026-01-28T10:00:00.000Z`; seconds and their
 * fraction may be left out. The zone is required: a time without one names
 * no instant.
 */
const ZONED_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** The UTC instant, written as toISOString writes it (milliseconds, `Z`), of an ISO-8601 instant with a zone; undefined when `value` is none. */
export function zonedInstantOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ZONED_INSTANT.exec(value);
  if (!match || !isCalendarDate(match[1])) return undefined;
  const [hour, minute, second = '00', fraction = '', zone, sign, offsetHour, offsetMinute] = match.slice(2);
  if (+hour > 23 || +minute > 59 || +second > 59 || (zone !== 'Z' && (+offsetHour > 23 || +offsetMinute > 59))) return undefined;
  // Finer than the milliseconds the register records in cannot tell two of its instants apart; it is cut off, not rounded up.
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const offset = zone === 'Z' ? 'Z' : `${sign}${offsetHour}:${offsetMinute}`;
  const time = Date.parse(`${match[1]}T${hour}:${minute}:${second}.${millis}${offset}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export const IsCalendarDate = formatDecorator({
  name: 'isCalendarDate',
  check: isCalendarDate,
  message: 'must be a calendar date that exists, written YYYY-MM-DD',
});

export const IsZonedInstant = formatDecorator({
  name: 'isZonedInstant',
  check: (value) => zonedInstantOf(value) !== undefined,
  message: 'must be an ISO-8601 instant with a time zone, written like 2026-03-01T00:00:00Z or 2026-03-01T01:00:00+01:00',
});

export const IsInstant = formatDecorator({
  name: 'isInstant',
  check: isInstant,
  message: 'must be a UTC instant with milliseconds, written like 2026-01-28T10:00:00.000Z',
});
