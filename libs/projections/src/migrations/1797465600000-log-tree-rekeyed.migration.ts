import { dialectOf, joinSql, queryRows, sql, sqlText } from '@register/database';
import { postOrderIndex } from '@register/verifiable-log';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Nodes per statement while they are carried over: four parameters each, far below SQLite's 32,766. */
const NODES_PER_COPY = 5_000;
/** Suffix of the tables as the previous layout had them, while their rows are carried over. */
const PREVIOUS = '_previous';

/**
 * The tree projection's tables keyed so that a step writes fewer pages
 * (log-tree.entities.ts says how): the nodes by post-order number, the leaves
 * by position alone, the concerns with the position beside the leaf.
 *
 * The rows are carried over, not replayed: the tree stays equal to the
 * checkpoints the register signed, so the check at start (LogIntegrityAtStart)
 * finds it whole and the first start after the upgrade serves proofs at
 * once. Post-order numbers are computed here, in pages of nodes, because
 * neither database can count bits in SQL the other understands.
 */
export class LogTreeRekeyed1797465600000 implements MigrationInterface {
  readonly name = 'LogTreeRekeyed1797465600000';

  async up(runner: QueryRunner): Promise<void> {
    const { integer, clustered } = typesOf(runner);
    await setAside(runner);
    // On SQLite an INTEGER PRIMARY KEY is the rowid itself: one B-tree, compared as integers.
    await runner.query(`CREATE TABLE rm_log_tree_nodes (post_order ${integer} PRIMARY KEY NOT NULL, level INTEGER NOT NULL, node_index ${integer} NOT NULL, hash TEXT NOT NULL)`);
    await runner.query(`CREATE TABLE rm_log_leaves (position ${integer} PRIMARY KEY NOT NULL, leaf_index ${integer} NOT NULL, recorded_at TEXT NOT NULL, municipalities TEXT NOT NULL)`);
    await runner.query(
      `CREATE TABLE rm_log_event_concerns (municipality TEXT NOT NULL, recorded_at TEXT NOT NULL, leaf_index ${integer} NOT NULL, position ${integer} NOT NULL, ` +
        `PRIMARY KEY (municipality, recorded_at, leaf_index))${clustered}`,
    );
    await copyNodesWithPostOrder(runner);
    await runner.query(`INSERT INTO rm_log_leaves (position, leaf_index, recorded_at, municipalities) SELECT position, leaf_index, recorded_at, municipalities FROM rm_log_leaves${PREVIOUS}`);
    await runner.query(
      `INSERT INTO rm_log_event_concerns (municipality, recorded_at, leaf_index, position) SELECT concern.municipality, concern.recorded_at, concern.leaf_index, leaf.position ` +
        `FROM rm_log_event_concerns${PREVIOUS} concern JOIN rm_log_leaves${PREVIOUS} leaf ON leaf.leaf_index = concern.leaf_index`,
    );
    await dropSetAside(runner);
  }

  /** Back to VerifiableLog1797206400000's tables, with the same rows. */
  async down(runner: QueryRunner): Promise<void> {
    const { integer, clustered } = typesOf(runner);
    await setAside(runner);
    await runner.query(`CREATE TABLE rm_log_tree_nodes (level INTEGER NOT NULL, node_index ${integer} NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (level, node_index))${clustered}`);
    await runner.query(`CREATE TABLE rm_log_leaves (leaf_index ${integer} PRIMARY KEY NOT NULL, position ${integer} NOT NULL, recorded_at TEXT NOT NULL, municipalities TEXT NOT NULL)`);
    await runner.query('CREATE UNIQUE INDEX rm_log_leaves_position ON rm_log_leaves (position)');
    await runner.query(`CREATE TABLE rm_log_event_concerns (municipality TEXT NOT NULL, recorded_at TEXT NOT NULL, leaf_index ${integer} NOT NULL, PRIMARY KEY (municipality, recorded_at, leaf_index))${clustered}`);
    await runner.query(`INSERT INTO rm_log_tree_nodes (level, node_index, hash) SELECT level, node_index, hash FROM rm_log_tree_nodes${PREVIOUS}`);
    await runner.query(`INSERT INTO rm_log_leaves (leaf_index, position, recorded_at, municipalities) SELECT leaf_index, position, recorded_at, municipalities FROM rm_log_leaves${PREVIOUS}`);
    await runner.query(`INSERT INTO rm_log_event_concerns (municipality, recorded_at, leaf_index) SELECT municipality, recorded_at, leaf_index FROM rm_log_event_concerns${PREVIOUS}`);
    await dropSetAside(runner);
  }
}

const TABLES = ['rm_log_tree_nodes', 'rm_log_leaves', 'rm_log_event_concerns'];

function typesOf(runner: QueryRunner): { integer: string; clustered: string } {
  const sqlite = dialectOf(runner) === 'sqlite';
  return { integer: sqlite ? 'INTEGER' : 'BIGINT', clustered: sqlite ? ' WITHOUT ROWID' : '' };
}

/**
 * Renames the three tables out of the way. PostgreSQL names a table's
 * indexes after it and keeps those names through a rename, so its indexes
 * are renamed too, or the new tables' keys could not take their names.
 */
async function setAside(runner: QueryRunner): Promise<void> {
  const postgres = dialectOf(runner) === 'postgres';
  for (const table of TABLES) {
    await runner.query(`ALTER TABLE ${table} RENAME TO ${table}${PREVIOUS}`);
    if (postgres) await runner.query(`ALTER INDEX ${table}_pkey RENAME TO ${table}${PREVIOUS}_pkey`);
  }
  if (postgres) await runner.query(`ALTER INDEX IF EXISTS rm_log_leaves_position RENAME TO rm_log_leaves${PREVIOUS}_position`);
}

async function dropSetAside(runner: QueryRunner): Promise<void> {
  for (const table of TABLES) await runner.query(`DROP TABLE ${table}${PREVIOUS}`);
}

/** Every node of the previous table, level by level in pages along its key, with its post-order number. */
async function copyNodesWithPostOrder(runner: QueryRunner): Promise<void> {
  for (let level = 0; ; level += 1) {
    let copied = 0;
    for (let after = -1; ; ) {
      const nodes = await queryRows<{ node_index: number | string; hash: string }>(
        runner,
        sql`SELECT node_index, hash FROM ${sqlText(`rm_log_tree_nodes${PREVIOUS}`)} WHERE level = ${level} AND node_index > ${after} ORDER BY node_index LIMIT ${NODES_PER_COPY}`,
      );
      if (nodes.length === 0) break;
      const rows = nodes.map(({ node_index, hash }) => {
        const index = Number(node_index);
        return sql`(${postOrderIndex({ level, index })}, ${level}, ${index}, ${hash})`;
      });
      await queryRows(runner, sql`INSERT INTO rm_log_tree_nodes (post_order, level, node_index, hash) VALUES ${joinSql(rows, ', ')}`);
      copied += nodes.length;
      after = Number(nodes[nodes.length - 1].node_index);
    }
    // A level without nodes has none above it either: each node's parent covers twice its leaves.
    if (copied === 0) return;
  }
}
