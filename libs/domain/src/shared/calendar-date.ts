import { validationFailed } from './common.errors';

/**
 * Calendar dates are plain `YYYY-MM-DD` strings without a time zone
 * (domain.md "Time"). Once validated, their lexicographic order is their
 * chronological order, so comparisons stay simple string comparisons.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1];
}

/** True for a real calendar date: 2024-02-29 is one, 2026-02-30 and 2026-13-01 are not. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The value as a date, or VALIDATION_FAILED naming the field. */
export function requireDate(value: unknown, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw validationFailed(field, `${JSON.stringify(value)} is not a calendar date of the form YYYY-MM-DD`);
  }
  return value;
}

/** Null and undefined mean "open" (an unlimited validUntil); anything else must be a date. */
export function requireOptionalDate(value: unknown, field: string): CalendarDate | null {
  return value === null || value === undefined ? null : requireDate(value, field);
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return a > b;
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Grouped for callers that prefer one name: `CalendarDate.isValid(...)`. */
export const CalendarDate = {
  isValid: isCalendarDate,
  require: requireDate,
  requireOptional: requireOptionalDate,
  compare: compareDates,
  isBefore,
  isAfter,
  yearOf,
} as const;

/** The later of two dates (`YYYY-MM-DD` compares as text): where two conditions must both have been met. */
export function laterDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
