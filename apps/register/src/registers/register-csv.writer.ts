import type { RegisterEntry } from '@register/projections';
import { type CsvCell, writeCsv } from '../http/csv/csv-table';

/** The columns of the published register: the entry's fields, one power per row. */
export const REGISTER_CSV_COLUMNS = [
  'mandateId',
  'parentMandateId',
  'kind',
  'grantor',
  'grantee',
  'power',
  'municipalities',
  'ceiling',
  'subMandateAllowed',
  'validFrom',
  'validUntil',
  'inForceFrom',
  'decision',
  'publication',
] as const;

/**
 * The register as CSV for publication (RFC 4180): a header row, then one row
 * per entry and power, lines ended by CRLF. Lists are joined by `;`, null is
 * an empty cell and the publication is its identifier (its inForceFrom has a
 * column of its own).
 */
export function writeRegisterCsv(entries: readonly RegisterEntry[]): string {
  return writeCsv(REGISTER_CSV_COLUMNS, entries.flatMap((entry) => entry.powers.map((power) => rowOf(entry, power))));
}

function rowOf(entry: RegisterEntry, power: string): CsvCell[] {
  return [
    entry.mandateId,
    entry.parentMandateId,
    entry.kind,
    entry.grantor,
    entry.grantee,
    power,
    entry.municipalities,
    entry.ceiling,
    entry.subMandateAllowed,
    entry.validFrom,
    entry.validUntil,
    entry.inForceFrom,
    entry.decision,
    entry.publication?.publicationId ?? null,
  ];
}
