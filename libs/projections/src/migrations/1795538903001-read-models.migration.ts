import { dialectOf } from '@register/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projector's tables and the read models as release 88125d7 created them
 * at every start (each projection's `createSchema`, the checkpoint table, the
 * SQLite lease row's table), now their first migration, the statements copied
 * as they were. Every one is `IF NOT EXISTS`, so a database that release made
 * is adopted as it is. Frozen: a later change is a new migration (see
 * read-models.schema.ts for how a read model changes shape).
 */
export class ReadModels1795538903001 implements MigrationInterface {
  readonly name = 'ReadModels1795538903001';

  async up(runner: QueryRunner): Promise<void> {
    const sqlite = dialectOf(runner) === 'sqlite';
    await runner.query(
      `CREATE TABLE IF NOT EXISTS projection_checkpoints (
         name TEXT PRIMARY KEY, position ${sqlite ? 'INTEGER' : 'bigint'} NOT NULL, updated_at TEXT NOT NULL)`,
    );
    // PostgreSQL holds the lease as an advisory lock; SQLite, which has no lock that outlives a statement, as a row.
    if (sqlite) {
      await runner.query(
        `CREATE TABLE IF NOT EXISTS projection_lease (
           name TEXT PRIMARY KEY, holder TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
      );
    }
    for (const statement of READ_MODEL_TABLES) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [...ALL_TABLES].reverse()) await runner.query(`DROP TABLE IF EXISTS ${table}`);
  }
}

const ALL_TABLES = [
  'projection_checkpoints',
  'projection_lease',
  'rm_participant_versions',
  'rm_decision_publication_status',
  'rm_decision_concerns',
  'rm_document_versions_v2',
  'rm_document_publications_v2',
  'rm_document_amendments_v2',
  'rm_document_approvals_v2',
  'rm_mandate_versions',
  'rm_decision_publications',
  'rm_powers',
  'rm_mandate_edges',
];

const READ_MODEL_TABLES = [
  // participants.v1
  `CREATE TABLE IF NOT EXISTS rm_participant_versions (
    position BIGINT PRIMARY KEY,
    municipality TEXT NOT NULL,
    name TEXT NOT NULL,
    joined_on TEXT NOT NULL,
    exit_on TEXT NULL,
    recorded_from TEXT NOT NULL,
    recorded_until TEXT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS rm_participant_versions_recorded ON rm_participant_versions (recorded_from, recorded_until)`,
  `CREATE INDEX IF NOT EXISTS rm_participant_versions_municipality ON rm_participant_versions (municipality, recorded_until)`,
  // pending-publications.v1
  `CREATE TABLE IF NOT EXISTS rm_decision_publication_status (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    type TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    publisher TEXT NOT NULL,
    published INTEGER NOT NULL,
    recorded_from TEXT NOT NULL,
    recorded_until TEXT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS rm_decision_publication_status_recorded ON rm_decision_publication_status (recorded_from, recorded_until)`,
  `CREATE INDEX IF NOT EXISTS rm_decision_publication_status_document ON rm_decision_publication_status (document_id, recorded_until)`,
  `CREATE TABLE IF NOT EXISTS rm_decision_concerns (
    document_id TEXT NOT NULL,
    municipality TEXT NOT NULL,
    PRIMARY KEY (document_id, municipality)
  )`,
  // documents.v2
  `CREATE TABLE IF NOT EXISTS rm_document_versions_v2 (
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
  `CREATE TABLE IF NOT EXISTS rm_document_publications_v2 (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    publication_id TEXT NOT NULL,
    medium TEXT NOT NULL,
    published_on TEXT NOT NULL,
    in_force_from TEXT NOT NULL,
    recorded_from TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS rm_document_amendments_v2 (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    amendment_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    content_sha256 TEXT NULL,
    recorded_from TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS rm_document_approvals_v2 (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    amendment_id TEXT NOT NULL,
    organ TEXT NOT NULL,
    decision TEXT NULL,
    approved_on TEXT NOT NULL,
    recorded_from TEXT NOT NULL
  )`,
  ...['rm_document_versions_v2', 'rm_document_publications_v2', 'rm_document_amendments_v2', 'rm_document_approvals_v2'].map(
    (table) => `CREATE INDEX IF NOT EXISTS ${table}_document ON ${table} (document_id, recorded_from)`,
  ),
  // mandates.v1
  `CREATE TABLE IF NOT EXISTS rm_mandate_versions (
    position BIGINT PRIMARY KEY,
    mandate_id TEXT NOT NULL,
    parent_mandate_id TEXT NULL,
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    grantor TEXT NOT NULL,
    grantee TEXT NOT NULL,
    powers TEXT NOT NULL,
    municipalities TEXT NOT NULL,
    sub_mandate_allowed TEXT NOT NULL,
    ceiling DOUBLE PRECISION NULL,
    instructions TEXT NOT NULL,
    consent_basis TEXT NOT NULL,
    decision TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NULL,
    revoked_from TEXT NULL,
    revocation_decision TEXT NULL,
    recorded_from TEXT NOT NULL,
    recorded_until TEXT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS rm_mandate_versions_mandate ON rm_mandate_versions (mandate_id, recorded_until, recorded_from)`,
  `CREATE INDEX IF NOT EXISTS rm_mandate_versions_parent ON rm_mandate_versions (parent_mandate_id, mandate_id, position)`,
  `CREATE TABLE IF NOT EXISTS rm_decision_publications (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    publication_id TEXT NOT NULL,
    published_on TEXT NOT NULL,
    in_force_from TEXT NOT NULL,
    recorded_from TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS rm_decision_publications_document ON rm_decision_publications (document_id, recorded_from)`,
  // authority.v1
  `CREATE TABLE IF NOT EXISTS rm_powers (
    position BIGINT PRIMARY KEY,
    power_id TEXT NOT NULL,
    holder TEXT NOT NULL,
    recorded_from TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS rm_powers_power ON rm_powers (power_id, recorded_from)`,
  `CREATE TABLE IF NOT EXISTS rm_mandate_edges (
    mandate_id TEXT PRIMARY KEY,
    position BIGINT NOT NULL,
    parent_mandate_id TEXT NULL,
    grantor TEXT NOT NULL,
    grantee TEXT NOT NULL,
    powers TEXT NOT NULL,
    municipalities TEXT NOT NULL,
    recorded_from TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS rm_mandate_edges_grantee ON rm_mandate_edges (grantee, recorded_from)`,
];
