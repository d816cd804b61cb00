import { readAmount, readDate, readYesNo, splitIds, splitLines } from './cell-values';

describe('reading the cells of the template', () => {
  it('reads a date cell, an ISO date and a Dutch date alike, and refuses a day that does not exist', () => {
    expect(readDate(new Date(Date.UTC(2026, 0, 29)))).toEqual({ ok: true, value: '2026-01-29' });
    expect(readDate('2026-01-29')).toEqual({ ok: true, value: '2026-01-29' });
    expect(readDate('29-01-2026')).toEqual({ ok: true, value: '2026-01-29' });
    expect(readDate('9-1-2026')).toEqual({ ok: true, value: '2026-01-09' });
    expect(readDate('29-02-2028')).toEqual({ ok: true, value: '2028-02-29' });
    expect(readDate('29-02-2026')).toEqual({ ok: false, message: '29-02-2026 bestaat niet als datum' });
    expect(readDate('29 januari 2026')).toEqual({ ok: false, message: '"29 januari 2026" is geen datum; schrijf 29-01-2026 of 2026-01-29' });
  });

  it('reads amounts in euros with at most two decimals, and refuses 5.000, which may mean five thousand or five', () => {
    expect(readAmount(5000)).toEqual({ ok: true, value: 5000 });
    expect(readAmount('5000')).toEqual({ ok: true, value: 5000 });
    expect(readAmount('€ 5000,50')).toEqual({ ok: true, value: 5000.5 });
    expect(readAmount('5000.5')).toEqual({ ok: true, value: 5000.5 });
    expect(readAmount('5.000')).toMatchObject({ ok: false, message: expect.stringContaining('zonder scheiding van duizendtallen') });
    expect(readAmount(-1)).toMatchObject({ ok: false });
  });

  it('reads ja and nee, and a spreadsheet truth value', () => {
    expect([readYesNo('Ja'), readYesNo('nee'), readYesNo(true)]).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: true },
    ]);
    expect(readYesNo('misschien')).toEqual({ ok: false, message: '"misschien" is geen ja of nee' });
  });

  it('splits identifiers on ; , and line breaks, but sentences on line breaks only, since a sentence holds commas', () => {
    expect(splitIds('PW-BIJSTAND; PW-TERUGVORDERING,PW-BOETE\nPW-VERHAAL;')).toEqual(['PW-BIJSTAND', 'PW-TERUGVORDERING', 'PW-BOETE', 'PW-VERHAAL']);
    expect(splitLines('Per kwartaal, schriftelijk, verantwoorden\r\n\nTot EUR 5000')).toEqual(['Per kwartaal, schriftelijk, verantwoorden', 'Tot EUR 5000']);
  });
});
