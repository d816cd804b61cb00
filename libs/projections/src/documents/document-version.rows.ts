import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { sqlDialectOf, sqlParameter, sqlParameters } from '../runtime/projection-sql';
import { DOCUMENT_VERSIONS_TABLE } from './documents.schema';

/** A row of the versions table as the projection writes it; lists are JSON text. */
export interface VersionRow {
  readonly document_id: string;
  readonly version: number;
  readonly amendment_id: string | null;
  readonly type: string;
  readonly title: string;
  readonly decided_on: string;
  readonly decided_by: string;
  readonly concerns: string;
  readonly parties: string;
  readonly content_sha256: string | null;
  readonly valid_from: string;
  readonly valid_until: string | null;
  readonly in_force_from: string | null;
}

const VERSION_COLUMNS = [
  'document_id',
  'version',
  'amendment_id',
  'type',
  'title',
  'decided_on',
  'decided_by',
  'concerns',
  'parties',
  'content_sha256',
  'valid_from',
  'valid_until',
  'in_force_from',
] as const satisfies readonly (keyof VersionRow)[];

export function valid({ validFrom, validUntil }: { validFrom: string; validUntil: string | null }): Pick<VersionRow, 'valid_from' | 'valid_until'> {
  return { valid_from: validFrom, valid_until: validUntil };
}

/** A version row written by `event`, current from its instant on. */
export async function insertVersion(tx: EntityManager, row: VersionRow, event: StoredEvent): Promise<void> {
  await tx.query(
    `INSERT INTO ${DOCUMENT_VERSIONS_TABLE} (position, ${VERSION_COLUMNS.join(', ')}, recorded_from, recorded_until)
     VALUES (${sqlParameters(sqlDialectOf(tx), VERSION_COLUMNS.length + 2)}, NULL)`,
    [event.position, ...VERSION_COLUMNS.map((column) => row[column]), event.recordedAt],
  );
}

/** The document's version rows not yet replaced: what the register knows now. */
export function currentVersions(tx: EntityManager, documentId: string): Promise<VersionRow[]> {
  return tx.query(
    `SELECT ${VERSION_COLUMNS.join(', ')} FROM ${DOCUMENT_VERSIONS_TABLE}
     WHERE document_id = ${sqlParameter(sqlDialectOf(tx), 1)} AND recorded_until IS NULL`,
    [documentId],
  );
}

/** Ends what the register knew of one version at `recordedAt`; a replacement row follows with the same instant. */
export async function closeVersion(tx: EntityManager, documentId: string, version: number, recordedAt: string): Promise<void> {
  const p = (index: number) => sqlParameter(sqlDialectOf(tx), index);
  await tx.query(
    `UPDATE ${DOCUMENT_VERSIONS_TABLE} SET recorded_until = ${p(1)}
     WHERE document_id = ${p(2)} AND version = ${p(3)} AND recorded_until IS NULL`,
    [recordedAt, documentId, version],
  );
}
