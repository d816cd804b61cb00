import { calendarDateIn, dayAfter, startOfDayIn, SystemClock } from './clock';

describe('calendarDateIn Europe/Amsterdam', () => {
  it('dates 23:30 UTC on 31 December as 1 January, because Amsterdam is an hour ahead in winter', () => {
    expect(calendarDateIn(new Date('2025-12-31T23:30:00.000Z'))).toBe('2026-01-01');
  });

  it('dates 22:30 UTC on 30 June as 1 July, because summer time is two hours ahead', () => {
    expect(calendarDateIn(new Date('2026-06-30T22:30:00.000Z'))).toBe('2026-07-01');
  });

  it('keeps the UTC date when Amsterdam is on the same day', () => {
    expect(calendarDateIn(new Date('2026-01-28T10:00:00.000Z'))).toBe('2026-01-28');
  });

  it('keeps each time zone its own format: the same instant is 31 December in UTC, 1 January in Amsterdam', () => {
    const instant = new Date('2025-12-31T23:30:00.000Z');
    expect([calendarDateIn(instant), calendarDateIn(instant, 'UTC'), calendarDateIn(instant)]).toEqual(['2026-01-01', '2025-12-31', '2026-01-01']);
  });
});

describe('SystemClock', () => {
  it('derives today from now in Amsterdam: 23:30 UTC on 28 March is already 29 March there', () => {
    const clock = new SystemClock();
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-03-28T23:30:00.000Z'));
    expect(clock.today()).toBe('2026-03-29');
  });
});

describe('startOfDayIn Europe/Amsterdam', () => {
  it('starts a winter day at 23:00 UTC the day before, and a summer day at 22:00', () => {
    expect([startOfDayIn('2026-01-15').toISOString(), startOfDayIn('2026-07-01').toISOString()]).toEqual(['2026-01-14T23:00:00.000Z', '2026-06-30T22:00:00.000Z']);
  });

  it('starts the days around the clock changes with the offset of their own midnight', () => {
    // Summer time begins at 02:00 on 29 March 2026 and ends at 03:00 on 25 October 2026.
    const days = ['2026-03-29', '2026-03-30', '2026-10-25', '2026-10-26'].map((day) => startOfDayIn(day).toISOString());
    expect(days).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
  });

  it('is the instant calendarDateIn turns to that date', () => {
    const start = startOfDayIn('2026-10-25');
    expect([calendarDateIn(new Date(start.getTime() - 1)), calendarDateIn(start)]).toEqual(['2026-10-24', '2026-10-25']);
  });
});

describe('dayAfter', () => {
  it('runs over month, year and leap day', () => {
    expect(['2026-01-31', '2026-12-31', '2028-02-28', '2028-02-29'].map(dayAfter)).toEqual(['2026-02-01', '2027-01-01', '2028-02-29', '2028-03-01']);
  });
});
