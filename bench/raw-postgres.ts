import { Client } from 'pg';
import type { PlannedEvent } from './payload';

/**
 * The PostgreSQL reference: the same rows into a table shaped like the
 * adapter's, in a schema of its own, with named (server-side prepared)
 * statements on plain `pg` clients. The server's durability (fsync,
 * synchronous_commit) is the same for both sides since it is one server.
 */
const COLUMNS = ['event_id', 'stream', 'stream_revision', 'type', 'data', 'metadata', 'recorded_at'];

function schemaSql(schema: string): string {
  return `
    CREATE SCHEMA ${schema};
    CREATE TABLE ${schema}.events (
      position        bigint      GENERATED ALWAYS AS IDENTITY,
      transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
      stream          text        NOT NULL,
      stream_revision bigint      NOT NULL,
      event_id        text        NOT NULL,
      type            text        NOT NULL,
      data            json        NOT NULL,
      metadata        json        NOT NULL,
      recorded_at     timestamptz NOT NULL,
      PRIMARY KEY (position),
      UNIQUE (event_id),
      UNIQUE (stream, stream_revision),
      CHECK (stream_revision >= 0)
    );`;
}

/** `INSERT ... VALUES ($1..$7), ($8..$14), ...` for `rows` rows. */
function insertSql(schema: string, rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    tuples.push(`(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`);
  }
  return `INSERT INTO ${schema}.events (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
}

function rowValues({ stream, revision, event }: PlannedEvent, recordedAt: string): unknown[] {
  return [
    event.eventId,
    stream,
    revision,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata ?? {}),
    recordedAt,
  ];
}

interface EventRow {
  position: string;
  event_id: string;
  stream: string;
  stream_revision: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

export class RawPostgres {
  private constructor(
    private readonly schema: string,
    private readonly clients: readonly Client[],
  ) {}

  /**
   * Creates `schema` with an empty events table and opens `connections`
   * clients up front, so connecting is not timed (the adapter's pool is open
   * before its trials too). `admin` is any connection to the server.
   */
  static async create(admin: Client, url: string, schema: string, connections = 1): Promise<RawPostgres> {
    await admin.query(schemaSql(schema));
    const clients = Array.from({ length: connections }, () => new Client({ connectionString: url }));
    await Promise.all(clients.map((client) => client.connect()));
    return new RawPostgres(schema, clients);
  }

  /** Autocommit single-row inserts on one connection: the reference for single-event appends. */
  async insertEach(planned: readonly PlannedEvent[]): Promise<void> {
    await this.insertEachOn(this.clients[0], planned);
  }

  /** Each writer on its own connection, all at once: the reference for concurrent appends. */
  async insertConcurrently(writers: readonly PlannedEvent[][]): Promise<void> {
    if (writers.length > this.clients.length) throw new Error(`${writers.length} writers need as many connections`);
    await Promise.all(writers.map((planned, i) => this.insertEachOn(this.clients[i], planned)));
  }

  /** One multi-row insert of `size` rows per transaction: the reference for batched appends. */
  async insertInTransactions(planned: readonly PlannedEvent[], size: number): Promise<void> {
    const client = this.clients[0];
    for (let start = 0; start < planned.length; start += size) {
      const rows = planned.slice(start, start + size);
      const recordedAt = new Date().toISOString();
      await client.query('BEGIN');
      await client.query({
        name: `insert-${rows.length}`,
        text: insertSql(this.schema, rows.length),
        values: rows.flatMap((row) => rowValues(row, recordedAt)),
      });
      await client.query('COMMIT');
    }
  }

  /** An ordered scan of the whole table into the objects a store returns; returns the count. */
  async scan(): Promise<number> {
    const { rows } = await this.clients[0].query<EventRow>(
      `SELECT ${['position', ...COLUMNS].join(', ')} FROM ${this.schema}.events ORDER BY position`,
    );
    let last = 0;
    for (const row of rows) {
      const event = {
        eventId: row.event_id,
        type: row.type,
        data: row.data,
        metadata: row.metadata,
        stream: row.stream,
        streamRevision: Number(row.stream_revision),
        position: Number(row.position),
        recordedAt: row.recorded_at.toISOString(),
      };
      if (event.position <= last) throw new Error(`scan went back from ${last} to ${event.position}`);
      last = event.position;
    }
    return rows.length;
  }

  async count(): Promise<number> {
    const { rows } = await this.clients[0].query<{ n: string }>(`SELECT count(*) AS n FROM ${this.schema}.events`);
    return Number(rows[0].n);
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.end()));
  }

  private async insertEachOn(client: Client, planned: readonly PlannedEvent[]): Promise<void> {
    const insert = { name: 'insert-1', text: insertSql(this.schema, 1) };
    for (const row of planned) {
      await client.query({ ...insert, values: rowValues(row, new Date().toISOString()) });
    }
  }
}
