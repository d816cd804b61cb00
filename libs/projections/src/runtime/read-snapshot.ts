import { betterSqliteConnectionOf, dialectOf, queryRows, type SqlDialect, type SqlStatement } from '@register/database';
import type BetterSqlite3 from 'better-sqlite3';
import { DataSource, type EntityManager } from 'typeorm';
import { OneAtATime } from './one-at-a-time';
import { sqliteRows } from './read-rows';

/** What a question reads through, all of it in one state of the read models. */
export interface SqlReader {
  readonly dialect: SqlDialect;
  /** TypeORM, for the entities' repositories and query builders. */
  readonly manager: EntityManager;
  /** The rows of a hand-written statement: the hot paths that TypeORM's overhead per query would slow down. */
  rows<Row>(statement: SqlStatement): Promise<Row[]>;
}

/** A SQLite file's read-only DataSource for snapshots, and the queue questions take turns in on its one connection. */
interface SnapshotConnection {
  readonly dataSource: DataSource;
  readonly connection: BetterSqlite3.Database;
  readonly turns: OneAtATime;
}

const snapshotConnections = new WeakMap<DataSource, Promise<SnapshotConnection | undefined>>();

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
 * own, a second TypeORM DataSource on the same file with the same entities.
 * Every statement then sees the same committed state: a projector step that
 * commits between two of them, or is still open on the service's shared
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
 * connection cannot open, is read on the shared connection, a statement at a time.
 */
export async function inReadSnapshot<T>(dataSource: DataSource, question: (reader: SqlReader) => Promise<T>): Promise<T> {
  if (dialectOf(dataSource) === 'postgres') return inPostgresSnapshot(dataSource, question);
  const snapshot = await snapshotConnectionOf(dataSource);
  if (snapshot === undefined) {
    const shared = betterSqliteConnectionOf(dataSource);
    return question({ dialect: 'sqlite', manager: dataSource.manager, rows: async (statement) => sqliteRows(shared, statement) });
  }
  const { connection, turns } = snapshot;
  const reader: SqlReader = { dialect: 'sqlite', manager: snapshot.dataSource.manager, rows: async (statement) => sqliteRows(connection, statement) };
  return turns.run(async () => {
    connection.exec('BEGIN');
    try {
      return await question(reader);
    } finally {
      connection.exec('COMMIT');
    }
  });
}

/** Closes the snapshot connection of `dataSource`, if it has one; the next snapshot opens a new one. */
export async function closeReadSnapshots(dataSource: DataSource): Promise<void> {
  const snapshot = snapshotConnections.get(dataSource);
  snapshotConnections.delete(dataSource);
  const opened = await snapshot?.catch(() => undefined);
  if (opened?.dataSource.isInitialized) await opened.dataSource.destroy();
}

async function inPostgresSnapshot<T>(dataSource: DataSource, question: (reader: SqlReader) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    const answer = await question({ dialect: 'postgres', manager: runner.manager, rows: (statement) => queryRows(runner, statement) });
    await runner.commitTransaction();
    return answer;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

function snapshotConnectionOf(dataSource: DataSource): Promise<SnapshotConnection | undefined> {
  let snapshot = snapshotConnections.get(dataSource);
  if (snapshot === undefined) {
    snapshot = openSnapshotConnection(dataSource);
    snapshotConnections.set(dataSource, snapshot);
    // A failed open is not kept: the next question tries again.
    snapshot.catch(() => snapshotConnections.delete(dataSource));
  }
  return snapshot;
}

async function openSnapshotConnection(dataSource: DataSource): Promise<SnapshotConnection | undefined> {
  const shared = betterSqliteConnectionOf(dataSource);
  if (shared.memory) return undefined;
  // The projector's commits are short, but a checkpoint may hold the file for a moment.
  const busyTimeout = Number(shared.pragma('busy_timeout', { simple: true }));
  const snapshot = new DataSource({
    type: 'better-sqlite3',
    database: shared.name,
    readonly: true,
    fileMustExist: true,
    timeout: busyTimeout,
    prepareDatabase: (connection: BetterSqlite3.Database) => {
      connection.pragma(`mmap_size = ${SNAPSHOT_MMAP_BYTES}`);
    },
    entities: dataSource.options.entities,
    namingStrategy: dataSource.namingStrategy,
  });
  await snapshot.initialize();
  return { dataSource: snapshot, connection: betterSqliteConnectionOf(snapshot), turns: new OneAtATime() };
}
