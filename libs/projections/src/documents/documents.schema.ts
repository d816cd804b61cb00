import type { EntityManager } from 'typeorm';
import { dropTables } from '../runtime/projection-sql';

/**
 * The tables of the documents read model. Their names carry the schema's
 * version, as the projection's name does (`documents.v2`): a renamed
 * projection replays the log from position 0, and must do so into tables of
 * the new shape rather than on top of the rows of the old ones. Version 1's
 * tables (`rm_document_versions`, `rm_document_publications`) are left alone,
 * so an instance still running the old code keeps answering until it stops.
 */
export const DOCUMENT_VERSIONS_TABLE = 'rm_document_versions_v2';
export const DOCUMENT_PUBLICATIONS_TABLE = 'rm_document_publications_v2';
export const DOCUMENT_AMENDMENTS_TABLE = 'rm_document_amendments_v2';
export const DOCUMENT_APPROVALS_TABLE = 'rm_document_approvals_v2';

const VERSIONS = DOCUMENT_VERSIONS_TABLE;
const PUBLICATIONS = DOCUMENT_PUBLICATIONS_TABLE;
const AMENDMENTS = DOCUMENT_AMENDMENTS_TABLE;
const APPROVALS = DOCUMENT_APPROVALS_TABLE;

/**
 * `rm_document_versions`: one row per version of a document's text in one
 * recorded period; an adoption writes two rows with one position (the
 * amended version cut short, and the new version), hence the key
 * (position, version). The other tables only ever grow: a row per proposal,
 * per approval and per publication, each known from its `recorded_from`.
 */
export async function createDocumentTables(tx: EntityManager): Promise<void> {
  await tx.query(
    `CREATE TABLE IF NOT EXISTS ${VERSIONS} (
      position BIGINT NOT NULL,
      document_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      amendment_id TEXT NULL,
      type TEXT NOT NULL,
      title TEXT NOT NULL,
      decided_on TEXT NOT NULL,
      decided_by TEXT NOT NULL,
      concerns TEXT NOT NULL,
      parties TEXT NOT NULL,
      content_sha256 TEXT NULL,
      valid_from TEXT NOT NULL,
      valid_until TEXT NULL,
      in_force_from TEXT NULL,
      recorded_from TEXT NOT NULL,
      recorded_until TEXT NULL,
      PRIMARY KEY (position, version)
    )`,
  );
  await tx.query(
    `CREATE TABLE IF NOT EXISTS ${PUBLICATIONS} (
      position BIGINT PRIMARY KEY,
      document_id TEXT NOT NULL,
      publication_id TEXT NOT NULL,
      medium TEXT NOT NULL,
      published_on TEXT NOT NULL,
      in_force_from TEXT NOT NULL,
      recorded_from TEXT NOT NULL
    )`,
  );
  await tx.query(
    `CREATE TABLE IF NOT EXISTS ${AMENDMENTS} (
      position BIGINT PRIMARY KEY,
      document_id TEXT NOT NULL,
      amendment_id TEXT NOT NULL,
      summary TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      content_sha256 TEXT NULL,
      recorded_from TEXT NOT NULL
    )`,
  );
  await tx.query(
    `CREATE TABLE IF NOT EXISTS ${APPROVALS} (
      position BIGINT PRIMARY KEY,
      document_id TEXT NOT NULL,
      amendment_id TEXT NOT NULL,
      organ TEXT NOT NULL,
      decision TEXT NULL,
      approved_on TEXT NOT NULL,
      recorded_from TEXT NOT NULL
    )`,
  );
  // A document at knownAt is a lookup by id, then a range on recorded time, in each table.
  for (const table of [VERSIONS, PUBLICATIONS, AMENDMENTS, APPROVALS]) {
    await tx.query(`CREATE INDEX IF NOT EXISTS ${table}_document ON ${table} (document_id, recorded_from)`);
  }
}

export async function dropDocumentTables(tx: EntityManager): Promise<void> {
  await dropTables(tx, [VERSIONS, PUBLICATIONS, AMENDMENTS, APPROVALS]);
}
