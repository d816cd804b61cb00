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

export const IsCalendarDate = formatDecorator({
  name: 'isCalendarDate',
  check: isCalendarDate,
  message: 'must be a calendar date that exists, written YYYY-MM-DD',
});

export const IsInstant = formatDecorator({
  name: 'isInstant',
  check: isInstant,
  message: 'must be a UTC instant with milliseconds, written like 2026-01-28T10:00:00.000Z',
});
