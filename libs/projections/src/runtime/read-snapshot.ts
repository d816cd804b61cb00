import { betterSqliteConnectionOf } from '@register/event-store';
import BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { OneAtATime } from './one-at-a-time';
import { type SqlDialect, sqlDialectOf } from './projection-sql';
import { readRows, sqliteRows } from './read-rows';

/** What a question asks its SQL through: the dialect to write it in, and the rows it answers. */
export interface SqlReader {
  readonly dialect: SqlDialect;
  rows<Row>(sql: string, parameters: readonly unknown[]): Promise<Row[]>;
}

/** A SQLite file's read-only connection for snapshots, and the queue questions take turns in on it. */
interface SnapshotConnection {
  readonly connection: BetterSqlite3.Database;
  readonly turns: OneAtATime;
}

const snapshotConnections = new WeakMap<DataSource, SnapshotConnection>();

/**
 * How much of the file the snapshot connection reads through a memory map
 * instead of read() calls: a national register's read models fit. Questions
 * hop between B-tree pages all over the file, and each page from the map saves
 * a system call and a copy (bench: authority.p50.100k ~0.136 -> ~0.126 ms).
 * Only this read-only connection maps the file; writes go through the shared one.
 */
const SNAPSHOT_MMAP_BYTES = 256 * 1024 * 1024;

/**
 * Answers `question` from one state of the read models.
 *
 * On SQLite it runs in a read transaction on a read-only connection of its
 * own. Every statement then sees the same committed state: a projector step
 * that commits between two of them, or is still open on the service's shared
 * connection, cannot make half an answer old and half new. It is also faster:
 * outside a transaction each statement begins and ends one of its own (about
 * 4 us each; an authority question makes six or more). Questions take turns on
 * the connection, since a connection holds one transaction; a question awaits
 * nothing but its statements, so a turn is short. A question must not ask for
 * a snapshot inside its own: it would wait for itself.
 *
 * On PostgreSQL it runs in a read-only REPEATABLE READ transaction on one
 * connection of the pool, which gives the same one state (at the price of two
 * round trips more). A SQLite database only in memory, which a second
 * connection cannot open, is read as `readRows` reads it, a statement at a time.
 */
export async function inReadSnapshot<T>(dataSource: DataSource, question: (reader: SqlReader) => Promise<T>): Promise<T> {
  const dialect = sqlDialectOf(dataSource);
  if (dialect === 'postgres') return inPostgresSnapshot(dataSource, question);
  const snapshot = snapshotConnectionOf(dataSource);
  if (snapshot === undefined) return question({ dialect, rows: (sql, parameters) => readRows(dataSource, sql, parameters) });
  const { connection, turns } = snapshot;
  return turns.run(async () => {
    connection.exec('BEGIN');
    try {
      return await question({ dialect, rows: async (sql, parameters) => sqliteRows(connection, sql, parameters) });
    } finally {
      connection.exec('COMMIT');
    }
  });
}

/** Closes the snapshot connection of `dataSource`, if it has one; the next snapshot opens a new one. */
export function closeReadSnapshots(dataSource: DataSource): void {
  const snapshot = snapshotConnections.get(dataSource);
  snapshotConnections.delete(dataSource);
  snapshot?.connection.close();
}

async function inPostgresSnapshot<T>(dataSource: DataSource, question: (reader: SqlReader) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    const rows = async <Row>(sql: string, parameters: readonly unknown[]): Promise<Row[]> => (await runner.query(sql, [...parameters])) as Row[];
    const answer = await question({ dialect: 'postgres', rows });
    await runner.commitTransaction();
    return answer;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

function snapshotConnectionOf(dataSource: DataSource): SnapshotConnection | undefined {
  const known = snapshotConnections.get(dataSource);
  if (known !== undefined) return known;
  const shared = betterSqliteConnectionOf(dataSource);
  if (shared.memory) return undefined;
  const connection = new BetterSqlite3(shared.name, { readonly: true, fileMustExist: true });
  connection.pragma(`mmap_size = ${SNAPSHOT_MMAP_BYTES}`);
  // The projector's commits are short, but a checkpoint may hold the file for a moment.
  connection.pragma(`busy_timeout = ${Number(shared.pragma('busy_timeout', { simple: true }))}`);
  const snapshot = { connection, turns: new OneAtATime() };
  snapshotConnections.set(dataSource, snapshot);
  return snapshot;
}
