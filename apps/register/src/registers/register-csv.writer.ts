import type { RegisterEntry } from '@register/projections';

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

type Cell = string | number | null | readonly string[];

/**
 * The register as CSV for publication (RFC 4180): a header row, then one row
 * per entry and power, lines ended by CRLF. Lists are joined by `;`, null is
 * an empty cell and the publication is its identifier (its inForceFrom has a
 * column of its own).
 */
export function writeRegisterCsv(entries: readonly RegisterEntry[]): string {
  const rows = entries.flatMap((entry) => entry.powers.map((power) => rowOf(entry, power)));
  return [REGISTER_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function rowOf(entry: RegisterEntry, power: string): Cell[] {
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

/** One field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break (RFC 4180 section 2). */
export function csvField(cell: Cell): string {
  const text = cell === null ? '' : typeof cell === 'string' || typeof cell === 'number' ? String(cell) : cell.join(';');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
