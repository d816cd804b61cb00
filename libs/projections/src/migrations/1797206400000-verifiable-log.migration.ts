import { dialectOf } from '@register/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The verifiable log's tables (issue 14, log-tree/log-tree.entities.ts): the
 * Merkle tree's nodes, its leaves and the events' municipalities, which are
 * rebuildable read models of the tree projection `log-tree.v1`, and the
 * signed checkpoints, which are migrated and kept. SQL both databases take.
 */
export class VerifiableLog1797206400000 implements MigrationInterface {
  readonly name = 'VerifiableLog1797206400000';

  async up(runner: QueryRunner): Promise<void> {
    const sqlite = dialectOf(runner) === 'sqlite';
    const integer = sqlite ? 'INTEGER' : 'BIGINT';
    // On SQLite the rows live in their key's B-tree (no rowid table beside it): a step writes fewer pages, a proof reads fewer.
    const clustered = sqlite ? ' WITHOUT ROWID' : '';
    await runner.query(
      `CREATE TABLE rm_log_tree_nodes (level INTEGER NOT NULL, node_index ${integer} NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (level, node_index))${clustered}`,
    );
    await runner.query(
      `CREATE TABLE rm_log_leaves (leaf_index ${integer} PRIMARY KEY NOT NULL, position ${integer} NOT NULL, recorded_at TEXT NOT NULL, municipalities TEXT NOT NULL)`,
    );
    await runner.query('CREATE UNIQUE INDEX rm_log_leaves_position ON rm_log_leaves (position)');
    // Keyed as it is asked: one municipality's events by recorded time.
    await runner.query(
      `CREATE TABLE rm_log_event_concerns (municipality TEXT NOT NULL, recorded_at TEXT NOT NULL, leaf_index ${integer} NOT NULL, ` +
        `PRIMARY KEY (municipality, recorded_at, leaf_index))${clustered}`,
    );
    await runner.query(
      `CREATE TABLE log_checkpoints (tree_size ${integer} PRIMARY KEY NOT NULL, root_hash TEXT NOT NULL, note TEXT NOT NULL, signed_at TEXT NOT NULL)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['log_checkpoints', 'rm_log_event_concerns', 'rm_log_leaves', 'rm_log_tree_nodes']) await runner.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
