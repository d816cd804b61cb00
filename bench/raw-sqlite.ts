import Database from 'better-sqlite3';
import type { PlannedEvent } from './payload';

/**
 * The SQLite reference: the same rows into a table shaped like the adapter's
 * (same columns, keys and indexes), with plain prepared statements and the
 * adapter's durability, WAL with synchronous=FULL. Whatever the adapter
 * costs above this is the library's own overhead.
 */
const SCHEMA = `
  CREATE TABLE events (
    position        INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT    NOT NULL UNIQUE,
    stream          TEXT    NOT NULL,
    stream_revision INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    UNIQUE (stream, stream_revision)
  );
`;

const INSERT = `
  INSERT INTO events (event_id, stream, stream_revision, type, data, metadata, recorded_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

const SCAN = `
  SELECT position, event_id, stream, stream_revision, type, data, metadata, recorded_at
  FROM events ORDER BY position`;

interface EventRow {
  position: number;
  event_id: string;
  stream: string;
  stream_revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

export class RawSqlite {
  private readonly insert: Database.Statement;

  private constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(INSERT);
  }

  static open(file: string): RawSqlite {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    return new RawSqlite(db);
  }

  /** One transaction per row: the reference for single-event appends. */
  insertEach(planned: readonly PlannedEvent[]): void {
    const insertOne = this.db.transaction((row: PlannedEvent, recordedAt: string) => this.insertRow(row, recordedAt));
    for (const row of planned) insertOne(row, new Date().toISOString());
  }

  /** Transactions of `size` rows: the reference for batched appends. */
  insertInTransactions(planned: readonly PlannedEvent[], size: number): void {
    const insertMany = this.db.transaction((rows: readonly PlannedEvent[], recordedAt: string) => {
      for (const row of rows) this.insertRow(row, recordedAt);
    });
    for (let start = 0; start < planned.length; start += size) {
      insertMany(planned.slice(start, start + size), new Date().toISOString());
    }
  }

  /** An ordered scan that builds the same objects a store returns, JSON parsed, and counts them. */
  scan(): number {
    let count = 0;
    let last = 0;
    for (const row of this.db.prepare(SCAN).iterate() as IterableIterator<EventRow>) {
      const event = {
        eventId: row.event_id,
        type: row.type,
        data: JSON.parse(row.data) as unknown,
        metadata: JSON.parse(row.metadata) as Record<string, unknown>,
        stream: row.stream,
        streamRevision: row.stream_revision,
        position: row.position,
        recordedAt: row.recorded_at,
      };
      if (event.position <= last) throw new Error(`scan went back from ${last} to ${event.position}`);
      last = event.position;
      count += 1;
    }
    return count;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }

  private insertRow({ stream, revision, event }: PlannedEvent, recordedAt: string): void {
    this.insert.run(
      event.eventId,
      stream,
      revision,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata ?? {}),
      recordedAt,
    );
  }
}
