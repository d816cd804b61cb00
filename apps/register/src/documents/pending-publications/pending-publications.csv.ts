import type { PendingPublication } from '@register/projections';
import { writeCsv } from '../../http/csv/csv-table';

/** The columns of the work list as CSV: the fields of an entry of GET /publications/pending, in api.md's order. */
const PENDING_PUBLICATION_CSV_COLUMNS = ['document', 'amendmentId', 'type', 'title', 'decidedOn', 'concerns', 'publisher'] as const;

/** The work list as CSV (RFC 4180): one row per entry, the concerns joined by `;`, a null amendmentId as an empty field. */
export function writePendingPublicationsCsv(entries: readonly PendingPublication[]): string {
  const rows = entries.map((entry) => [entry.document, entry.amendmentId, entry.type, entry.title, entry.decidedOn, entry.concerns, entry.publisher]);
  return writeCsv(PENDING_PUBLICATION_CSV_COLUMNS, rows);
}
