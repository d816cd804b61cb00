import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';

/**
 * How long a write waits for another process (the command line next to the
 * service) to release the file before SQLITE_BUSY; also how long an append
 * waits for a TypeORM transaction on the shared connection.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** The better-sqlite3 connection under a TypeORM `better-sqlite3` DataSource (TypeORM 1.x keeps one). */
export function betterSqliteConnectionOf(dataSource: DataSource): BetterSqlite3.Database {
  return (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
}

/**
 * Per-connection settings, applied to every connection the store writes
 * through. `synchronous = FULL` is deliberate: in WAL mode NORMAL can lose the
 * last acknowledged appends on power loss, and an acknowledged event must stay.
 */
export function configureSqliteConnection(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
}

/**
 * The events table, created idempotently so the service and the command line
 * can both open a new or existing file. AUTOINCREMENT keeps positions from ever
 * being reused; the UNIQUE constraints are the last line of defence behind the
 * revision and idempotency checks of an append.
 */
const CREATE_EVENTS_TABLE = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    stream TEXT NOT NULL,
    stream_revision INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (stream, stream_revision)
  )`;

export async function ensureEventSchema(dataSource: DataSource): Promise<void> {
  await dataSource.query(CREATE_EVENTS_TABLE);
}
