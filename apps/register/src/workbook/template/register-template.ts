import { AMENDMENTS_SHEET, APPROVALS_SHEET, DOCUMENTS_SHEET, PUBLICATIONS_SHEET } from './document-sheets';
import { MANDATES_SHEET, REVOCATIONS_SHEET } from './mandate-sheets';
import { FUNCTIONS_SHEET, PARTICIPANTS_SHEET, POWERS_SHEET } from './reference-sheets';
import type { TemplateSheet } from './template-column';

/**
 * The workbook a municipality brings its register in with, and the one the
 * export writes: these sheets in this order (the order a person fills them
 * in), and a sheet "toelichting" that explains every column. An import reads
 * the sheets in dependency order whatever their order in the file.
 */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  PARTICIPANTS_SHEET,
  FUNCTIONS_SHEET,
  POWERS_SHEET,
  DOCUMENTS_SHEET,
  PUBLICATIONS_SHEET,
  AMENDMENTS_SHEET,
  APPROVALS_SHEET,
  MANDATES_SHEET,
  REVOCATIONS_SHEET,
];

/** The sheet that explains the others; an import passes it by. */
export const EXPLANATION_SHEET = 'toelichting';

