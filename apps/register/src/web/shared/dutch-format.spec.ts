import { dutchAmount, dutchCount, dutchDate, dutchInstant, partyName } from './dutch-format';

describe('the pages\' Dutch formats (ui.md: "15 januari 2026", "€ 5.000")', () => {
  it('writes a date with the month in words, whatever the time zone of the machine', () => {
    expect([dutchDate('2026-01-15'), dutchDate('2025-12-31'), dutchDate(null)]).toEqual(['15 januari 2026', '31 december 2025', '']);
  });

  it('writes amounts with a point between thousands and a plain space after the euro sign, cents only when there are any', () => {
    expect([dutchAmount(5000), dutchAmount(25000), dutchAmount(6000.5), dutchAmount(null)]).toEqual(['€ 5.000', '€ 25.000', '€ 6.000,50', '']);
  });

  it('writes an instant on the Dutch clock: 10:00 UTC in November is 11:00, in July 12:00', () => {
    expect(dutchInstant('2026-11-23T10:00:00.000Z')).toBe('23 november 2026 om 11:00:00');
    expect(dutchInstant('2026-07-01T10:00:00.000Z')).toBe('1 juli 2026 om 12:00:00');
  });

  it('counts one thing in the singular and every other number in the plural', () => {
    expect([0, 1, 2].map((count) => dutchCount(count, 'rij', 'rijen'))).toEqual(['0 rijen', '1 rij', '2 rijen']);
  });

  it('names an organ as the law does and leaves a function its id', () => {
    expect(partyName('college:GM0938')).toBe('college van burgemeester en wethouders van Meerssen');
    expect(partyName('GM0935.manager-sociale-zekerheid')).toBe('GM0935.manager-sociale-zekerheid');
  });
});
