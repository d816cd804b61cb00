/** Where a row stands in the workbook: `mandaten!7` is the seventh row of the sheet "mandaten" (its header is row 1). */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
}

/** A row the import refuses: the rule's code and a Dutch sentence that names the article. */
export interface ImportProblem extends RowRef {
  readonly code: string;
  readonly text: string;
  /** The header of the cell it concerns, when it concerns one: a row's problems are told in column order. */
  readonly column?: string;
}

/** `mandaten!7: SUBMANDATE_EXCEEDS_PARENT — Het ondermandaat is ruimer ...`, as the command line prints it. */
export function formatProblem(problem: ImportProblem): string {
  return `${problem.sheet}!${problem.row}: ${problem.code} — ${problem.text}`;
}

/** A cell that cannot be read; the column is named as the sheet's header names it. */
export function cellProblem(at: RowRef, header: string, message: string): ImportProblem {
  return { ...at, code: 'VALIDATION_FAILED', text: `Kolom "${header}": ${message}.`, column: header };
}
