import type { CellValue } from '../template/cell-values';
import { type SheetContent, type SheetRow, sheetRow } from './workbook-content';

/**
 * One sheet from a CSV file (RFC 4180: quoted fields may hold separators,
 * quotes and line breaks). A Dutch Excel writes `;` between fields and may
 * save in Windows-1252; both are recognised: the separator from the header
 * line, the encoding by whether the bytes are valid UTF-8.
 */
export function readCsv(name: string, bytes: Uint8Array): SheetContent {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const [header = [], ...records] = parseRecords(text, separator);
  const headers = header.map((cell) => cell.trim());
  const rows = records.flatMap((record, index): SheetRow[] => {
    const read = sheetRow(index + 2, headers, record as CellValue[]);
    return read === undefined ? [] : [read];
  });
  return { name, headers, rows };
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The records of the text, each a list of fields; a quote inside a quoted field is written twice. */
function parseRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endField();
      records.push(record);
      record = [];
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
