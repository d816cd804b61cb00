import { Workbook, type CellValue as ExcelCellValue, type Worksheet } from 'exceljs';
import type { CellValue } from '../template/cell-values';
import { type SheetContent, type SheetRow, sheetRow } from './workbook-content';

/** Every sheet of an XLSX workbook, its first row as headers, formulas by their result, rich text as its text. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetContent[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map(sheetContentOf);
}

function sheetContentOf(worksheet: Worksheet): SheetContent {
  const headerRow = worksheet.getRow(1);
  const headers = Array.from({ length: headerRow.cellCount }, (_, i) => String(plainValue(headerRow.getCell(i + 1).value) ?? '').trim());
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values = headers.map((_, i) => plainValue(row.getCell(i + 1).value));
    const read = sheetRow(number, headers, values);
    if (read !== undefined) rows.push(read);
  });
  return { name: worksheet.name, headers, rows };
}

function plainValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainValue((value.result ?? null) as ExcelCellValue);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return String(value.error);
  return null;
}
