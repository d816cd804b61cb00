import type { DataSource } from 'typeorm';
import { type SqlDialect, sqlDialectOf, sqlParameter } from '../runtime/projection-sql';
import { readRows } from '../runtime/read-rows';
import { DECISION_CONCERNS_TABLE, DECISION_PUBLICATION_STATUS_TABLE } from './pending-publications.projection';

/** One decision of the publication work list. */
export interface PendingPublication {
  readonly document: string;
  readonly type: string;
  readonly decidedOn: string;
  /** The organ that must publish it. */
  readonly publisher: string;
}

/** Which decisions a reader may see: all, or those concerning at least one of these municipalities. */
export type PendingPublicationScope = { readonly kind: 'everything' } | { readonly kind: 'municipalities'; readonly municipalities: readonly string[] };

interface PendingRow {
  readonly document_id: string;
  readonly type: string;
  readonly decided_on: string;
  readonly publisher: string;
}

/**
 * The decisions registered by `knownAt` and not published by then: the
 * versions recorded by then, not yet replaced, and still unpublished; an
 * indexed range lookup on recorded time. In a municipality scope, a decision
 * is listed when one of its concerns is among the scope's municipalities.
 * Ordered by decision date, then document id in code-unit order (PostgreSQL's
 * "C" collation, SQLite's default), whatever the database's locale.
 */
export async function pendingPublicationsKnownAt(
  dataSource: DataSource,
  knownAt: string,
  scope: PendingPublicationScope = { kind: 'everything' },
): Promise<PendingPublication[]> {
  if (scope.kind === 'municipalities' && scope.municipalities.length === 0) return [];
  const dialect = sqlDialectOf(dataSource);
  const p = (index: number) => sqlParameter(dialect, index);
  const municipalities = scope.kind === 'municipalities' ? scope.municipalities : [];
  const rows: PendingRow[] = await readRows(
    dataSource,
    `SELECT s.document_id, s.type, s.decided_on, s.publisher FROM ${DECISION_PUBLICATION_STATUS_TABLE} s
     WHERE s.recorded_from <= ${p(1)} AND (s.recorded_until IS NULL OR s.recorded_until > ${p(2)}) AND s.published = 0
     ${concernsFilter(municipalities, p)}
     ORDER BY s.decided_on, s.document_id ${codeUnitCollation(dialect)}`,
    [knownAt, knownAt, ...municipalities],
  );
  return rows.map((row) => ({ document: row.document_id, type: row.type, decidedOn: row.decided_on, publisher: row.publisher }));
}

/** Parameters from 3 on; no clause at all when the scope is everything. */
function concernsFilter(municipalities: readonly string[], p: (index: number) => string): string {
  if (municipalities.length === 0) return '';
  const placeholders = municipalities.map((_, offset) => p(3 + offset)).join(', ');
  return `AND EXISTS (SELECT 1 FROM ${DECISION_CONCERNS_TABLE} c WHERE c.document_id = s.document_id AND c.municipality IN (${placeholders}))`;
}

function codeUnitCollation(dialect: SqlDialect): string {
  return dialect === 'postgres' ? 'COLLATE "C"' : '';
}
