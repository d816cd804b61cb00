import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { betterSqliteConnectionOf, runSchemaMigrations, sqliteDataSourceOptions } from '@register/database';
import { SqliteEventStore } from '@register/event-store';
import { LogTreeProjection, readModelSchema, rebuildProjections } from '@register/projections';
import { encodeBase64, MerkleFrontier, postOrderIndex, readOrCreateLogSigningKey, type TreeNodeSource } from '@register/verifiable-log';
import { DataSource } from 'typeorm';
import { LogTreeNodes } from '../apps/register/src/audit/log-proofs/log-tree-nodes';
import { DEFAULT_LOG_ORIGIN } from '../apps/register/src/config/load-audit-config';
import { SQLITE_FILE_NAME } from '../apps/register/src/config/register-config';
import { openRegisterDataSource } from '../apps/register/src/event-store/register-data-source';
import { ensurePrivateDataFolder } from '../apps/register/src/storage/private-data-folder';
import { freshFile, removeDatabaseFile, type BenchContext } from './bench-context';

/** Rows per transaction while the tree is written: the build is not timed, only kept short. */
const ROWS_PER_TRANSACTION = 20_000;

export interface TreeFile {
  readonly source: TreeNodeSource;
  close(): Promise<void>;
}

/**
 * A SQLite file holding the tree of `leaves` leaves as LogTreeProjection
 * stores it (rm_log_tree_nodes, made by the register's migration), written
 * straight through better-sqlite3 from the frontier's nodes (building a
 * million-leaf tree through the projector would take minutes and measure
 * nothing here), and proofs read through the service's own LogTreeNodes
 * (the table, with the nodes near the root kept in memory once read).
 */
export async function sqliteTreeFile(ctx: BenchContext, leaves: number): Promise<TreeFile> {
  const file = freshFile(ctx, `log-tree-${leaves}`);
  const dataSource = new DataSource(sqliteDataSourceOptions(file, readModelSchema('sqlite')));
  await dataSource.initialize();
  await runSchemaMigrations(dataSource);
  const db = betterSqliteConnectionOf(dataSource);
  const insert = db.prepare('INSERT INTO rm_log_tree_nodes (post_order, level, node_index, hash) VALUES (?, ?, ?, ?)');
  const frontier = MerkleFrontier.empty();
  const writeMany = db.transaction((count: number) => {
    for (let n = 0; n < count; n += 1) {
      for (const node of frontier.append(createHash('sha256').update(`leaf ${frontier.size}`).digest())) insert.run(postOrderIndex(node), node.level, node.index, encodeBase64(node.hash));
    }
  });
  for (let written = 0; written < leaves; written += ROWS_PER_TRANSACTION / 2) writeMany(Math.min(ROWS_PER_TRANSACTION / 2, leaves - written));
  db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    source: new LogTreeNodes(dataSource),
    async close() {
      await dataSource.destroy();
      removeDatabaseFile(file);
    },
  };
}

/**
 * Builds the verifiable log's tree in the register file of `dataDir`, signed
 * with the key the service will find there (generated now if missing), so a
 * service started on it holds a tree from the start, as one that ran all
 * along would, instead of projecting the whole log first.
 */
export async function withLogTree(dataDir: string): Promise<void> {
  await ensurePrivateDataFolder(dataDir);
  const { signer } = await readOrCreateLogSigningKey(dataDir, { origin: DEFAULT_LOG_ORIGIN });
  const dataSource = await openRegisterDataSource({ kind: 'sqlite', file: join(dataDir, SQLITE_FILE_NAME) });
  try {
    const store = await SqliteEventStore.fromDataSource(dataSource);
    await rebuildProjections({ dataSource, store, projections: [new LogTreeProjection({ signer })], batchSize: 2_000 });
    await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await dataSource.destroy();
  }
}
