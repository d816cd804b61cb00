import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forgetProjectionProgress } from '../runtime/forget-projection-progress';

/**
 * Issue 12's second reading on the read side, for rebuildable read models only
 * (read-models.schema.ts): instead of converting rows, the changed tables are
 * made anew and their projections replay the log.
 *
 * - Publications are bitemporal now (a correction closes a version) and know
 *   what they bring into force: `rm_publication_versions` and
 *   `rm_publication_duties` of the new projection `publications.v1` replace
 *   the publications the documents and mandates read models kept
 *   (`rm_document_publications_v2`, `rm_decision_publications`) and the work
 *   list of `pending-publications.v1` (`rm_decision_publication_status`),
 *   whose concerns table `publications.v1` takes over, emptied. The documents
 *   and mandates projections keep their other tables and their place.
 * - The authority projection learns whether a power may be mandated and the
 *   names of the functions (`rm_powers` anew, `rm_function_names`), so it
 *   replays from 0.
 */
export class SecondReading1797379200000 implements MigrationInterface {
  readonly name = 'SecondReading1797379200000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['rm_decision_publication_status', 'rm_document_publications_v2', 'rm_decision_publications', 'rm_powers']) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('DELETE FROM rm_decision_concerns');
    await runner.query('DELETE FROM rm_mandate_edges');
    for (const statement of NEW_TABLES) await runner.query(statement);
    await forgetProjectionProgress(runner, 'pending-publications.v1');
    await forgetProjectionProgress(runner, 'authority.v1');
  }

  /** Back to the tables of ReadModels1795538903001, empty, with every projection that wrote them replaying. */
  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['rm_publication_versions', 'rm_publication_duties', 'rm_function_names', 'rm_powers']) await runner.query(`DROP TABLE ${table}`);
    for (const table of ['rm_decision_concerns', 'rm_mandate_versions', 'rm_document_versions_v2', 'rm_document_amendments_v2', 'rm_document_approvals_v2', 'rm_mandate_edges']) {
      await runner.query(`DELETE FROM ${table}`);
    }
    for (const statement of OLD_TABLES) await runner.query(statement);
    for (const projection of ['publications.v1', 'pending-publications.v1', 'documents.v2', 'mandates.v1', 'authority.v1']) {
      await forgetProjectionProgress(runner, projection);
    }
  }
}

const NEW_TABLES = [
  `CREATE TABLE rm_publication_versions (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    amendment_id TEXT NULL,
    publication_id TEXT NOT NULL,
    medium TEXT NOT NULL,
    published_on TEXT NOT NULL,
    in_force_from TEXT NOT NULL,
    publisher TEXT NOT NULL,
    required_publisher TEXT NOT NULL,
    brings_into_force INTEGER NOT NULL,
    recorded_from TEXT NOT NULL,
    recorded_until TEXT NULL
  )`,
  `CREATE INDEX rm_publication_versions_document ON rm_publication_versions (document_id, recorded_from)`,
  `CREATE TABLE rm_publication_duties (
    position BIGINT PRIMARY KEY,
    document_id TEXT NOT NULL,
    amendment_id TEXT NOT NULL,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    concerns TEXT NOT NULL,
    publisher TEXT NOT NULL,
    in_force INTEGER NOT NULL,
    recorded_from TEXT NOT NULL,
    recorded_until TEXT NULL
  )`,
  `CREATE INDEX rm_publication_duties_recorded ON rm_publication_duties (recorded_from, recorded_until)`,
  `CREATE INDEX rm_publication_duties_document ON rm_publication_duties (document_id, recorded_until)`,
  `CREATE TABLE rm_powers (
    position BIGINT PRIMARY KEY,
    power_id TEXT NOT NULL,
    holder TEXT NOT NULL,
    mandatable INTEGER NOT NULL,
    non_mandatable_reason TEXT NULL,
    act_kind TEXT NOT NULL,
    recorded_from TEXT NOT NULL
  )`,
  `CREATE INDEX rm_powers_power ON rm_powers (power_id, recorded_from)`,
  `CREATE TABLE rm_function_names (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    function_id TEXT NOT NULL,
    municipality TEXT NOT NULL,
    recorded_from TEXT NOT NULL,
    PRIMARY KEY (kind, name, function_id)
  )`,
];

/** As ReadModels1795538903001 created them. */
const OLD_TABLES = [
  `CREATE TABLE rm_decision_publication_status (
    position BIGINT PRIMARY KEY, document_id TEXT NOT NULL, type TEXT NOT NULL, decided_on TEXT NOT NULL,
    publisher TEXT NOT NULL, published INTEGER NOT NULL, recorded_from TEXT NOT NULL, recorded_until TEXT NULL
  )`,
  `CREATE INDEX rm_decision_publication_status_recorded ON rm_decision_publication_status (recorded_from, recorded_until)`,
  `CREATE INDEX rm_decision_publication_status_document ON rm_decision_publication_status (document_id, recorded_until)`,
  `CREATE TABLE rm_document_publications_v2 (
    position BIGINT PRIMARY KEY, document_id TEXT NOT NULL, publication_id TEXT NOT NULL, medium TEXT NOT NULL,
    published_on TEXT NOT NULL, in_force_from TEXT NOT NULL, recorded_from TEXT NOT NULL
  )`,
  `CREATE INDEX rm_document_publications_v2_document ON rm_document_publications_v2 (document_id, recorded_from)`,
  `CREATE TABLE rm_decision_publications (
    position BIGINT PRIMARY KEY, document_id TEXT NOT NULL, publication_id TEXT NOT NULL,
    published_on TEXT NOT NULL, in_force_from TEXT NOT NULL, recorded_from TEXT NOT NULL
  )`,
  `CREATE INDEX rm_decision_publications_document ON rm_decision_publications (document_id, recorded_from)`,
  `CREATE TABLE rm_powers (position BIGINT PRIMARY KEY, power_id TEXT NOT NULL, holder TEXT NOT NULL, recorded_from TEXT NOT NULL)`,
  `CREATE INDEX rm_powers_power ON rm_powers (power_id, recorded_from)`,
];
