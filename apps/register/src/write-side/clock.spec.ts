import { calendarDateIn, SystemClock } from './clock';

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
