import { Workbook, type Worksheet } from 'exceljs';
import { EXPLANATION_SHEET, TEMPLATE_SHEETS } from '../template/register-template';
import type { TemplateColumn } from '../template/template-column';
import type { ExportSheet, ExportValue } from './export-sheet';

/** Excel keeps at most this many characters in a cell; a longer text would be cut off without a word. */
const EXCEL_CELL_LIMIT = 32_767;
const DATE_FORMAT = 'dd-mm-yyyy';
const AMOUNT_FORMAT = '#,##0.00';

/** Refused before anything is written: a cell that would not hold its value. */
class UnexportableValueError extends Error {
  override name = 'UnexportableValueError';
}

/**
 * The template as an XLSX workbook: the sheet "toelichting" first, then every
 * sheet with its headers in row 1 (bold, frozen) and one row per record;
 * dates as real dates shown 29-01-2026, amounts as numbers, lists one item per
 * line or separated by "; ". With no sheets given it is the empty template.
 */
export async function writeWorkbook(sheets: readonly ExportSheet[] = []): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'SZMH-register';
  explanationSheet(workbook.addWorksheet(EXPLANATION_SHEET));
  for (const template of TEMPLATE_SHEETS) {
    const worksheet = workbook.addWorksheet(template.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = template.columns.map((column) => ({ header: column.header, width: Math.max(14, column.header.length + 4) }));
    worksheet.getRow(1).font = { bold: true };
    const rows = sheets.find((candidate) => candidate.sheet.name === template.name)?.rows ?? [];
    for (const row of rows) addRow(worksheet, template.columns, row, template.name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addRow(worksheet: Worksheet, columns: readonly TemplateColumn[], values: readonly ExportValue[], sheetName: string): void {
  const row = worksheet.addRow(columns.map((column, i) => cellValue(column, values[i] ?? null, `${sheetName}!${worksheet.rowCount + 1}`)));
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    if (column.kind === 'date') cell.numFmt = DATE_FORMAT;
    if (column.kind === 'amount') cell.numFmt = AMOUNT_FORMAT;
    if (column.kind === 'lines' || column.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

function cellValue(column: TemplateColumn, value: ExportValue, at: string): string | number | Date | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(column.kind === 'lines' ? '\n' : '; ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00.000Z`);
  if (typeof value === 'string' && value.length > EXCEL_CELL_LIMIT) {
    throw new UnexportableValueError(`${at}, kolom "${column.header}": ${value.length} tekens, meer dan de ${EXCEL_CELL_LIMIT} die een cel van Excel bevat`);
  }
  return value as string | number;
}

/** Every sheet and column, whether it is required and what it holds, for the registrar who fills the template in. */
function explanationSheet(worksheet: Worksheet): void {
  worksheet.columns = [
    { header: 'tabblad', width: 16 },
    { header: 'kolom', width: 30 },
    { header: 'verplicht', width: 10 },
    { header: 'uitleg', width: 100 },
  ];
  worksheet.getRow(1).font = { bold: true };
  for (const template of TEMPLATE_SHEETS) {
    worksheet.addRow([template.name, '', '', template.explanation]).font = { bold: true };
    for (const column of template.columns) worksheet.addRow([template.name, column.header, column.required ? 'ja' : 'nee', column.explanation]);
  }
  worksheet.getColumn(4).alignment = { wrapText: true };
}
