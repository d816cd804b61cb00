import { inList, selectColumns, sql, sqlText } from '@register/database';
import type { SqlReader } from '../runtime/read-snapshot';
import { MANDATE_VERSIONS_TABLE, type MandateVersionEntity } from './mandate-version.entity';

/*
 * The lookups GET /authority and GET /mandates/{id} (and each register entry)
 * share, written by hand: the authority question is the register's hot path,
 * and TypeORM's overhead per query is as large as SQLite's indexed lookup
 * itself (bench: authority.p50.*). Each reads as known at knownAt, by index.
 */

/** A mandate version's facts without the bookkeeping of its row (position, recorded period). */
const MANDATE_FIELDS = [
  'mandateId',
  'parentMandateId',
  'kind',
  'scope',
  'grantor',
  'grantee',
  'powers',
  'municipalities',
  'subMandateAllowed',
  'ceiling',
  'instructions',
  'consentBasis',
  'decision',
  'decidedOn',
  'validFrom',
  'validUntil',
  'revokedFrom',
  'revocationDecision',
] as const satisfies readonly (keyof MandateVersionEntity)[];
export type MandateFacts = Pick<MandateVersionEntity, (typeof MANDATE_FIELDS)[number]>;

const MANDATE_COLUMNS = selectColumns<MandateVersionEntity>(MANDATE_FIELDS);
const MANDATES = sql`${sqlText(MANDATE_VERSIONS_TABLE)}`;

/** The version of mandate `mandateId` known at knownAt; undefined when the register did not know it then. */
export async function mandateKnownAtIn(reader: SqlReader, mandateId: string, knownAt: string): Promise<MandateFacts | undefined> {
  const [row] = await reader.rows<MandateFacts>(
    sql`SELECT ${MANDATE_COLUMNS} FROM ${MANDATES}
        WHERE mandate_id = ${mandateId} AND recorded_from <= ${knownAt} AND (recorded_until IS NULL OR recorded_until > ${knownAt})`,
  );
  return row;
}

/** The versions of `mandateIds` known at knownAt, one query for all of them. */
export async function mandatesKnownAtIn(reader: SqlReader, mandateIds: readonly string[], knownAt: string): Promise<Map<string, MandateFacts>> {
  const rows = await reader.rows<MandateFacts>(
    sql`SELECT ${MANDATE_COLUMNS} FROM ${MANDATES}
        WHERE recorded_from <= ${knownAt} AND (recorded_until IS NULL OR recorded_until > ${knownAt}) AND mandate_id IN (${inList(mandateIds)})`,
  );
  return new Map(rows.map((row) => [row.mandateId, row]));
}
