import { canonicalJson, sha256Hex } from '../../idempotency/canonical-json';
import type { CellValue } from '../template/cell-values';

/** One data row of a sheet: its number as the spreadsheet shows it (the header is row 1) and its cells by header. */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyMap<string, CellValue>;
}

/** A sheet as read from a workbook or a CSV file, headers as written (trimmed), rows without the empty ones. */
export interface SheetContent {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
}

export interface WorkbookContent {
  readonly sheets: readonly SheetContent[];
  /**
   * The SHA-256 of what the sheets hold (names, headers, every cell), not of
   * the file's bytes: a workbook saved again without changes, or the same
   * sheets as CSV, is the same import; each row's idempotency key derives from it.
   */
  readonly identity: string;
}

export function workbookContent(sheets: readonly SheetContent[]): WorkbookContent {
  const canonical = sheets.map(({ name, headers, rows }) => ({
    name,
    headers,
    rows: rows.map(({ row, cells }) => [row, [...cells.entries()].map(([header, value]) => [header, value instanceof Date ? value.toISOString() : value])]),
  }));
  return { sheets, identity: sha256Hex(canonicalJson(canonical)) };
}

/** Headers and sheet names are matched without regard to case and spacing: "Geldig  vanaf" is "geldig vanaf". */
export function normalisedName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A row of cell values under its headers, or undefined when every cell is empty. */
export function sheetRow(row: number, headers: readonly string[], values: readonly CellValue[]): SheetRow | undefined {
  const cells = new Map<string, CellValue>();
  headers.forEach((header, index) => {
    const value = values[index] ?? null;
    if (header !== '') cells.set(header, typeof value === 'string' && value.trim() === '' ? null : value);
  });
  return [...cells.values()].some((value) => value !== null) ? { row, cells } : undefined;
}
