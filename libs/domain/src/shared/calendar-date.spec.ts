import { DomainError } from './domain.error';
import { CalendarDate, isCalendarDate, requireDate, requireOptionalDate } from './calendar-date';
import { earlierEnd, endsLater, isEmptyPeriod, periodContains, periodWithin } from './period';

describe('CalendarDate', () => {
  it.each(['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29'])('accepts the real date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-01', '2026-01-01T00:00:00Z', ''])(
    'refuses %p, which is not a calendar date',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('refuses a non-date as VALIDATION_FAILED naming the field', () => {
    expect(() => requireDate('2026-02-30', 'validFrom')).toThrow(DomainError);
    expect(() => requireDate(20260101, 'validFrom')).toThrow(/validFrom/);
  });

  it('reads null and undefined as an open date', () => {
    expect([requireOptionalDate(null, 'validUntil'), requireOptionalDate(undefined, 'validUntil')]).toEqual([null, null]);
  });

  it('orders dates chronologically, across months and years', () => {
    expect(['2026-10-01', '2026-02-01', '2025-12-31'].sort(CalendarDate.compare)).toEqual(['2025-12-31', '2026-02-01', '2026-10-01']);
    expect(CalendarDate.yearOf('2026-01-29')).toBe(2026);
  });
});

describe('Period (validFrom inclusive, validUntil exclusive, null open)', () => {
  const year2026 = { validFrom: '2026-01-01', validUntil: '2027-01-01' };

  it('contains its first day and not its validUntil', () => {
    expect([periodContains(year2026, '2026-01-01'), periodContains(year2026, '2026-12-31'), periodContains(year2026, '2027-01-01')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(periodContains({ validFrom: '2026-01-01', validUntil: null }, '2999-01-01')).toBe(true);
  });

  it('treats an open end as later than any date', () => {
    expect([endsLater(null, '2027-01-01'), endsLater('2027-01-01', null), endsLater(null, null)]).toEqual([true, false, false]);
    expect([earlierEnd(null, '2027-01-01'), earlierEnd('2026-07-01', '2027-01-01'), earlierEnd(null, null)]).toEqual(['2027-01-01', '2026-07-01', null]);
  });

  it('knows when one period lies within another', () => {
    expect(periodWithin({ validFrom: '2026-03-01', validUntil: '2027-01-01' }, year2026)).toBe(true);
    expect(periodWithin({ validFrom: '2026-03-01', validUntil: null }, year2026)).toBe(false);
    expect(periodWithin({ validFrom: '2025-12-31', validUntil: '2026-06-01' }, year2026)).toBe(false);
  });

  it('calls a period empty when it ends on or before its start', () => {
    expect([isEmptyPeriod({ validFrom: '2026-01-01', validUntil: '2026-01-01' }), isEmptyPeriod(year2026)]).toEqual([true, false]);
  });
});
