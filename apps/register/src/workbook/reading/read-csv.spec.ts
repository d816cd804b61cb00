import { readCsv } from './read-csv';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a sheet from a CSV file', () => {
  it('takes the separator a Dutch Excel writes (;) and quoted fields with separators, quotes and line breaks', () => {
    const sheet = readCsv('mandaten', bytes('\uFEFFnummer;voorwaarden\r\nm-1;"Eén; twee ""drie""\nvier"\r\n;\r\nm-2;\n'));
    expect(sheet.headers).toEqual(['nummer', 'voorwaarden']);
    expect(sheet.rows.map((row) => [row.row, Object.fromEntries(row.cells)])).toEqual([
      [2, { nummer: 'm-1', voorwaarden: 'Eén; twee "drie"\nvier' }],
      [4, { nummer: 'm-2', voorwaarden: null }],
    ]);
  });

  it('takes commas when the header has more of them, and reads a file saved in Windows-1252', () => {
    const latin = Uint8Array.from([...'gemeente,naam\nGM0999,Caf'].map((c) => c.charCodeAt(0)).concat([0xe9]));
    expect(Object.fromEntries(readCsv('deelnemers', latin).rows[0].cells)).toEqual({ gemeente: 'GM0999', naam: 'Café' });
  });
});
