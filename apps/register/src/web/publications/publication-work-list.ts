import type { PendingPublication } from '@register/projections';

/**
 * A row of the work list as the page shows and exports it: what GET
 * /publications/pending's query answers, with the fields a later release of
 * that query adds (title, concerns, amendmentId) shown when they are there.
 */
export interface WorkListRow {
  readonly document: string;
  readonly amendmentId: string | null;
  readonly type: string;
  readonly title: string | null;
  readonly decidedOn: string;
  readonly concerns: readonly string[];
  readonly publisher: string;
}

export function workListRow(entry: PendingPublication): WorkListRow {
  const more = entry as PendingPublication & Partial<Pick<WorkListRow, 'amendmentId' | 'title' | 'concerns'>>;
  return { ...entry, amendmentId: more.amendmentId ?? null, title: more.title ?? null, concerns: more.concerns ?? [] };
}

const CSV_COLUMNS = ['document', 'amendmentId', 'type', 'title', 'decidedOn', 'concerns', 'publisher'] as const;

/** The work list as CSV (RFC 4180), one row per decision, for a spreadsheet. */
export function workListCsv(rows: readonly WorkListRow[]): string {
  const cell = (value: unknown) => {
    const text = Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? '' : String(value);
    // A leading =, +, - or @ would be a formula in a spreadsheet; the quote keeps it text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(','))].join('\r\n') + '\r\n';
}
