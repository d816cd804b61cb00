import type { CellValue } from '../template/cell-values';
import { AMENDMENTS_SHEET, APPROVALS_SHEET, DOCUMENTS_SHEET, PUBLICATIONS_SHEET } from '../template/document-sheets';
import { MANDATES_SHEET, REVOCATIONS_SHEET } from '../template/mandate-sheets';
import { FUNCTIONS_SHEET, PARTICIPANTS_SHEET, POWERS_SHEET } from '../template/reference-sheets';
import { EXPLANATION_SHEET, TEMPLATE_SHEETS } from '../template/register-template';
import type { TemplateSheet } from '../template/template-column';
import { normalisedName, type SheetContent, type SheetRow, type WorkbookContent } from '../reading/workbook-content';
import type { ImportProblem } from './import-problem';
import { RowReader } from './row-reader';
import type { RowWrite } from './row-write';
import { amendmentWrites, approvalWrites } from './sheets/amendment.rows';
import { documentWrites, publicationWrites } from './sheets/document.rows';
import { mandateWrites, revocationWrites } from './sheets/mandate.rows';
import { functionWrites, participantWrites, powerWrites } from './sheets/reference-data.rows';

type SheetWrites = (reader: RowReader) => Promise<RowWrite[]>;

const WRITES_BY_SHEET: ReadonlyMap<string, SheetWrites> = new Map([
  [PARTICIPANTS_SHEET.name, participantWrites],
  [FUNCTIONS_SHEET.name, functionWrites],
  [POWERS_SHEET.name, powerWrites],
  [DOCUMENTS_SHEET.name, documentWrites],
  [PUBLICATIONS_SHEET.name, publicationWrites],
  [AMENDMENTS_SHEET.name, amendmentWrites],
  [APPROVALS_SHEET.name, approvalWrites],
  [MANDATES_SHEET.name, mandateWrites],
  [REVOCATIONS_SHEET.name, revocationWrites],
]);

export interface WorkbookRows {
  /** Data rows read, over every sheet of the template. */
  readonly rows: number;
  readonly writes: readonly RowWrite[];
  /** Sheets, headers and cells that cannot be read; a row with one asks for no write. */
  readonly problems: readonly ImportProblem[];
}

/**
 * The writes the rows of a workbook ask for, with every problem the cells
 * show on their own. A sheet or column the template does not know is refused
 * rather than passed by, so a misspelt "mandaten" never loses its rows.
 */
export async function workbookRows(content: WorkbookContent): Promise<WorkbookRows> {
  const problems: ImportProblem[] = [];
  const writes: RowWrite[] = [];
  let rows = 0;
  const seen = new Set<string>();
  for (const sheet of content.sheets) {
    if (normalisedName(sheet.name) === EXPLANATION_SHEET) continue;
    const template = TEMPLATE_SHEETS.find((candidate) => candidate.name === normalisedName(sheet.name));
    const sheetProblems = headerProblems(sheet, template, seen);
    problems.push(...sheetProblems);
    if (template === undefined || sheetProblems.length > 0) continue;
    seen.add(template.name);
    for (const row of sheet.rows) {
      const reader = new RowReader({ sheet: template.name, row: row.row }, underTemplateHeaders(row, template));
      writes.push(...(await WRITES_BY_SHEET.get(template.name)!(reader)));
      problems.push(...inColumnOrder(reader.problems, template));
      rows += 1;
    }
  }
  return { rows, writes, problems };
}

function headerProblems(sheet: SheetContent, template: TemplateSheet | undefined, seen: ReadonlySet<string>): ImportProblem[] {
  const at = { sheet: sheet.name, row: 1 };
  if (template === undefined) {
    const known = TEMPLATE_SHEETS.map((candidate) => candidate.name).join(', ');
    return [{ ...at, code: 'VALIDATION_FAILED', text: `Het sjabloon kent geen tabblad "${sheet.name}"; de tabbladen heten ${known} (en ${EXPLANATION_SHEET}).` }];
  }
  if (seen.has(template.name)) return [{ ...at, code: 'VALIDATION_FAILED', text: `Het tabblad ${template.name} komt meer dan één keer voor; zet zijn rijen op één tabblad.` }];
  const headers = new Set(sheet.headers.filter((header) => header !== '').map(normalisedName));
  const unknown = [...headers].filter((header) => !template.columns.some((column) => column.header === header));
  const missing = template.columns.filter((column) => column.required && !headers.has(column.header));
  return [
    ...unknown.map((header) => ({ ...at, code: 'VALIDATION_FAILED', text: `Het tabblad ${template.name} heeft geen kolom "${header}"; de kolommen heten ${template.columns.map((c) => c.header).join(', ')}.` })),
    ...missing.map((column) => ({ ...at, code: 'VALIDATION_FAILED', text: `Het tabblad ${template.name} mist de verplichte kolom "${column.header}".` })),
  ];
}

function inColumnOrder(problems: readonly ImportProblem[], template: TemplateSheet): ImportProblem[] {
  const rank = (problem: ImportProblem): number => template.columns.findIndex((column) => column.header === problem.column);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/** The row's cells under the template's own spelling of each header. */
function underTemplateHeaders(row: SheetRow, template: TemplateSheet): SheetRow {
  const cells = new Map<string, CellValue>();
  for (const [header, value] of row.cells) {
    const column = template.columns.find((candidate) => candidate.header === normalisedName(header));
    if (column !== undefined) cells.set(column.header, value);
  }
  return { row: row.row, cells };
}
