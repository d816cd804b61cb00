import type { ImportReport } from '../../workbook/import/workbook-import';

/** Where the registrar is: choosing a file, looking at a checked one, or back after applying it. */
type Stage = 'start' | 'checked' | 'applied';

export interface ImportView {
  readonly stage: Stage;
  readonly fileNames?: readonly string[];
  /** Set when the checked workbook has no problems: the form that applies it carries it. */
  readonly uploadId?: string | undefined;
  readonly applied?: { readonly written: number; readonly present: number } | undefined;
  readonly summary?: { readonly rows: number; readonly writes: number; readonly present: number; readonly toWrite: number };
  readonly problems: readonly { readonly at: string; readonly code: string; readonly text: string }[];
}

/** What the template shows of a check: the counts, and each problem at `sheet!row`, as the command line prints it. */
export function importView(view: Omit<ImportView, 'problems' | 'summary'> & { readonly report?: ImportReport }): ImportView {
  const { report, ...rest } = view;
  if (report === undefined) return { ...rest, problems: [] };
  return {
    ...rest,
    summary: { rows: report.rows, writes: report.writes, present: report.present, toWrite: report.writes - report.present },
    problems: report.problems.map((problem) => ({ at: `${problem.sheet}!${problem.row}`, code: problem.code, text: problem.text })),
  };
}
