import { validateSync } from 'class-validator';
import { IsCalendarDate, IsInstant, isCalendarDate, isInstant } from './date-time.validators';

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01'])('accepts the real date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2026-02-29'],
    ['29 February 1900 (divisible by 100, not by 400)', '1900-02-29'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['31 April', '2026-04-31'],
    ['year 0000', '0000-01-01'],
    ['no leading zeros', '2026-1-5'],
    ['a time attached', '2026-01-01T00:00:00.000Z'],
    ['slashes', '2026/01/01'],
    ['a trailing line break', '2026-01-01\n'],
    ['Arabic-Indic digits', '٢٠٢٦-٠١-٠١'],
  ])('refuses %s (%j)', (_why, date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it.each([20260101, null, undefined, new Date('2026-01-01')])('refuses the non-string %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('isInstant', () => {
  it.each(['2026-01-28T10:00:00.000Z', '2024-02-29T23:59:59.999Z', '1970-01-01T00:00:00.000Z'])('accepts %s', (instant) => {
    expect(isInstant(instant)).toBe(true);
  });

  it.each([
    ['no milliseconds', '2026-01-28T10:00:00Z'],
    ['microseconds', '2026-01-28T10:00:00.000000Z'],
    ['an offset instead of Z', '2026-01-28T11:00:00.000+01:00'],
    ['no zone at all', '2026-01-28T10:00:00.000'],
    ['a lower-case z', '2026-01-28T10:00:00.000z'],
    ['a space instead of T', '2026-01-28 10:00:00.000Z'],
    ['hour 24', '2026-01-28T24:00:00.000Z'],
    ['minute 60', '2026-01-28T10:60:00.000Z'],
    ['a leap second, which Date cannot hold', '2016-12-31T23:59:60.000Z'],
    ['30 February', '2026-02-30T10:00:00.000Z'],
    ['month 13', '2025-13-01T10:00:00.000Z'],
    ['only a date', '2026-01-28'],
    ['an expanded year', '+002026-01-28T10:00:00.000Z'],
  ])('refuses %s (%j)', (_why, instant) => {
    expect(isInstant(instant)).toBe(false);
  });

  it('refuses a Date object and a number of milliseconds: the contract sends text', () => {
    expect([isInstant(new Date()), isInstant(Date.now())]).toEqual([false, false]);
  });
});

describe('the decorators', () => {
  class Dated {
    @IsCalendarDate()
    validFrom: unknown;

    @IsInstant({ each: true })
    seenAt: unknown;
  }

  function failures(validFrom: unknown, seenAt: unknown): string[] {
    const dated = Object.assign(new Dated(), { validFrom, seenAt });
    return validateSync(dated).flatMap((error) => Object.values(error.constraints ?? {}));
  }

  it('pass what the predicates accept, lists item by item', () => {
    expect(failures('2026-01-01', ['2026-01-28T10:00:00.000Z', '2026-01-29T10:00:00.000Z'])).toEqual([]);
  });

  it('fail with a message that does not repeat the field name', () => {
    expect(failures('2026-02-30', ['2026-01-28T10:00:00.000Z', '2026-01-29'])).toEqual([
      'must be a calendar date that exists, written YYYY-MM-DD',
      'must be a UTC instant with milliseconds, written like 2026-01-28T10:00:00.000Z',
    ]);
  });
});
