import type { TemplateColumn, TemplateSheet } from '../template/template-column';

/** What an exported cell holds before the workbook writer formats it by its column's kind. */
export type ExportValue = string | number | boolean | readonly string[] | null;

export interface ExportSheet {
  readonly sheet: TemplateSheet;
  /** One value per column of the sheet, in the sheet's column order. */
  readonly rows: readonly (readonly ExportValue[])[];
}

/** Rows given by the keys the sheet names its columns with, laid out in column order. */
export function exportSheet<C extends Record<string, TemplateColumn>>(
  sheet: TemplateSheet & { readonly column: C },
  rows: readonly Partial<Record<keyof C, ExportValue>>[],
): ExportSheet {
  const keys = Object.keys(sheet.column) as (keyof C)[];
  return { sheet, rows: rows.map((row) => keys.map((key) => row[key] ?? null)) };
}
