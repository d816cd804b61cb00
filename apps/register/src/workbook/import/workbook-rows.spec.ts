import type { CellValue } from '../template/cell-values';
import { type SheetContent, workbookContent } from '../reading/workbook-content';
import { workbookRows } from './workbook-rows';

function sheet(name: string, headers: string[], ...rows: CellValue[][]): SheetContent {
  return { name, headers, rows: rows.map((values, i) => ({ row: i + 2, cells: new Map(headers.map((h, j) => [h, values[j] ?? null])) })) };
}

const MANDATE_HEADERS = ['nummer', 'bovenliggend mandaat', 'soort', 'bevoegdheid', 'oorspronkelijk bevoegd orgaan', 'mandataris', 'ondermandataris', 'besluit', 'geldig vanaf'];

describe('the writes the rows of a workbook ask for', () => {
  it('refuses a sheet or a column the template does not know, and a missing required column, rather than pass their rows by', async () => {
    const read = await workbookRows(
      workbookContent([
        sheet('Mandaten ', ['Nummer', 'soort', 'besluit', 'geldig  vanaf', 'opmerking']),
        sheet('mandaat', ['nummer']),
        sheet('Toelichting', ['wat dan ook']),
      ]),
    );
    expect(read.problems.map((p) => `${p.sheet}!${p.row}: ${p.text}`)).toEqual([
      expect.stringMatching(/^Mandaten !1: Het tabblad mandaten heeft geen kolom "opmerking"; de kolommen heten nummer, bovenliggend mandaat, /),
      'Mandaten !1: Het tabblad mandaten mist de verplichte kolom "bevoegdheid".',
      expect.stringMatching(/^mandaat!1: Het sjabloon kent geen tabblad "mandaat"; de tabbladen heten deelnemers, functies, /),
    ]);
    expect(read.writes).toEqual([]);
  });

  it('reads a mandate from oorspronkelijk bevoegd orgaan to mandataris, and a sub-mandate from mandataris to ondermandataris', async () => {
    const read = await workbookRows(
      workbookContent([
        sheet(
          'mandaten',
          MANDATE_HEADERS,
          ['m-1', null, 'mandaat', 'PW-BIJSTAND', 'college:GM0938', 'college:GM0935', null, 'doc-1', '01-01-2026'],
          ['m-2', 'm-1', 'Mandaat', 'PW-BIJSTAND', null, 'college:GM0935', 'GM0935.manager', 'doc-2', new Date(Date.UTC(2026, 0, 1))],
        ),
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.writes.map((w) => w.request('2026-12-01'))).toEqual([
      { type: 'GrantMandate', data: expect.objectContaining({ mandateId: 'm-1', grantor: 'college:GM0938', grantee: 'college:GM0935', validFrom: '2026-01-01', scope: 'general' }) },
      { type: 'GrantSubMandate', data: expect.objectContaining({ mandateId: 'm-2', parentMandateId: 'm-1', grantee: 'GM0935.manager', kind: 'mandaat' }) },
    ]);
  });

  it('names every wrong cell of a row at once, under its column, and asks no write for that row', async () => {
    const read = await workbookRows(workbookContent([sheet('mandaten', MANDATE_HEADERS, ['m 1', null, 'delegatie', null, 'college:GM0938', 'college:GM0935', 'GM0935.x', 'doc-1', '31-04-2026'])]));
    expect(read.problems.map((p) => p.text)).toEqual([
      'Kolom "soort": "delegatie" is geen mandaat, volmacht of machtiging.',
      'Kolom "bevoegdheid": is verplicht.',
      'Kolom "ondermandataris": hoort bij een ondermandaat: vul ook "bovenliggend mandaat" in.',
      'Kolom "geldig vanaf": 31-04-2026 bestaat niet als datum.',
    ]);
    expect(read.writes).toEqual([]);
  });
});
