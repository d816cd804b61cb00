import { type CellValue } from '../../../../apps/register/src/workbook/template/cell-values';
import { type SheetContent, type WorkbookContent, workbookContent } from '../../../../apps/register/src/workbook/reading/workbook-content';

/** A row as a test writes it: cells by header, absent ones empty. */
export type TestRow = Readonly<Record<string, CellValue>>;

/** The workbook with rows added at the end of a sheet; returns the new rows' numbers too. */
export function withRows(content: WorkbookContent, sheet: string, rows: readonly TestRow[]): { content: WorkbookContent; rowNumbers: number[] } {
  const target = sheetOf(content, sheet);
  const first = Math.max(1, ...target.rows.map((row) => row.row)) + 1;
  const added = rows.map((cells, i) => ({ row: first + i, cells: new Map(target.headers.map((header) => [header, cells[header] ?? null] as const)) }));
  const unknown = rows.flatMap((cells) => Object.keys(cells)).filter((header) => !target.headers.includes(header));
  if (unknown.length > 0) throw new Error(`the sheet ${sheet} has no column ${unknown.join(', ')}`);
  return { content: replaced(content, { ...target, rows: [...target.rows, ...added] }), rowNumbers: added.map((row) => row.row) };
}

/** The workbook without the rows of a sheet that `drop` picks (their numbers stay as they were). */
export function withoutRows(content: WorkbookContent, sheet: string, drop: (row: number) => boolean): WorkbookContent {
  const target = sheetOf(content, sheet);
  return replaced(content, { ...target, rows: target.rows.filter((row) => !drop(row.row)) });
}

/** The cells of one row of a sheet, by header. */
export function rowsOf(content: WorkbookContent, sheet: string): TestRow[] {
  return sheetOf(content, sheet).rows.map((row) => Object.fromEntries(row.cells));
}

function sheetOf(content: WorkbookContent, name: string): SheetContent {
  const sheet = content.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`the workbook has no sheet ${name}`);
  return sheet;
}

function replaced(content: WorkbookContent, sheet: SheetContent): WorkbookContent {
  return workbookContent(content.sheets.map((candidate) => (candidate.name === sheet.name ? sheet : candidate)));
}
