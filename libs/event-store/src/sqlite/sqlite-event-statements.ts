import type BetterSqlite3 from 'better-sqlite3';
import type { EventMetadata, StoredEvent } from '../event-store.port';
import type { StoredEventLocation } from '../append-rules';

interface EventRow {
  readonly position: number;
  readonly event_id: string;
  readonly stream: string;
  readonly stream_revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: string;
}

type InsertParameters = [
  eventId: string,
  stream: string,
  streamRevision: number,
  type: string,
  data: string,
  metadata: string,
  recordedAt: string,
];

const COLUMNS = 'position, event_id, stream, stream_revision, type, data, metadata, recorded_at';

/**
 * Every statement the store runs, prepared once per connection: preparing is
 * a large share of a one-row append, and SQLite re-prepares a statement by
 * itself if the schema changes underneath it.
 */
export class SqliteEventStatements {
  readonly insert: BetterSqlite3.Statement<InsertParameters>;
  readonly lastRevision: BetterSqlite3.Statement<[stream: string], number>;
  readonly storedIds: BetterSqlite3.Statement<[eventIdsJson: string], StoredEventLocation>;
  readonly head: BetterSqlite3.Statement<[], number>;
  private readonly after: BetterSqlite3.Statement<[position: number, limit: number], EventRow>;
  private readonly forwards: BetterSqlite3.Statement<[stream: string, fromRevision: number, limit: number], EventRow>;
  private readonly backwards: BetterSqlite3.Statement<[stream: string, fromRevision: number, limit: number], EventRow>;

  /** The statements on `db`, whose schema the event log's migrations must have made. */
  static on(db: BetterSqlite3.Database): SqliteEventStatements {
    try {
      return new SqliteEventStatements(db);
    } catch (error) {
      if (!/no such table: events/.test(String((error as Error | undefined)?.message))) throw error;
      throw new Error(`${db.name} has no events table: run the register's migrations first (npm run cli -- migrate)`, { cause: error });
    }
  }

  private constructor(db: BetterSqlite3.Database) {
    this.insert = db.prepare(
      `INSERT INTO events (event_id, stream, stream_revision, type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.lastRevision = db
      .prepare<[string], number>('SELECT stream_revision FROM events WHERE stream = ? ORDER BY stream_revision DESC LIMIT 1')
      .pluck();
    this.storedIds = db.prepare(
      `SELECT event_id AS eventId, stream, stream_revision AS streamRevision, position
       FROM events WHERE event_id IN (SELECT value FROM json_each(?))`,
    );
    this.head = db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck();
    this.after = db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`);
    this.forwards = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream = ? AND stream_revision >= ? ORDER BY stream_revision LIMIT ?`,
    );
    this.backwards = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream = ? AND stream_revision <= ? ORDER BY stream_revision DESC LIMIT ?`,
    );
  }

  /** `limit` -1 is SQLite's "no limit". */
  readAfter(position: number, limit = -1): StoredEvent[] {
    return this.after.all(position, limit).map(toStoredEvent);
  }

  readStream(stream: string, direction: 'forwards' | 'backwards', fromRevision: number | undefined, limit = -1): StoredEvent[] {
    const rows =
      direction === 'forwards'
        ? this.forwards.all(stream, fromRevision ?? 0, limit)
        : this.backwards.all(stream, fromRevision ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map(toStoredEvent);
  }
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    stream: row.stream,
    streamRevision: row.stream_revision,
    position: row.position,
    recordedAt: row.recorded_at,
  };
}

/**
 * Duck-typed, not `instanceof Error`: better-sqlite3's native module is loaded
 * once per process, so its errors may come from another realm (Jest gives each
 * test file its own) and fail an `instanceof` check there.
 */
export function isEventIdViolation(error: unknown): boolean {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' && message.includes('UNIQUE constraint failed: events.event_id');
}
