import type { Pool, QueryArrayConfig, QueryResultRow } from 'pg';
import type { EventMetadata, ExpectedRevision, NewEvent, StoredEvent } from '../event-store.port';
import type { PostgresEventSchema } from './postgres-event-schema';
import type { StoredEventLocation } from '../append-rules';

/** What one call of the append function did. */
export type AppendOutcome =
  | { readonly kind: 'appended'; readonly nextRevision: number; readonly position: number }
  | { readonly kind: 'wrong-revision'; readonly actual: number }
  /** A unique index refused the insert: a concurrent append won a revision, or the ids are stored. */
  | { readonly kind: 'unique-violation' };

type EventRow = [position: string, eventId: string, stream: string, streamRevision: string, type: string, data: unknown, metadata: EventMetadata, recordedAt: Date];

const COLUMNS = 'e.position, e.event_id, e.stream, e.stream_revision, e.type, e.data, e.metadata, e.recorded_at';

/**
 * An event is settled when no append still running can own a position below
 * it: its transaction id is below the snapshot's xmin (every older transaction
 * has ended; see the append function). Ids at or above xmax cannot belong to a
 * visible row unless they came from another cluster (a dump restored here),
 * whose appends have all ended. Evaluated once per statement, on the
 * statement's own snapshot.
 */
const SETTLED = `(e.transaction_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))
  OR e.transaction_id >= (SELECT pg_snapshot_xmax(pg_current_snapshot())))`;

/**
 * Every statement of the store, as named prepared statements (parsed and
 * planned once per connection) run straight on pooled pg clients. Entity saves
 * would cost several round trips per append (TypeORM wraps a save in BEGIN,
 * INSERT ... RETURNING, COMMIT), could not take the lock, transaction id and
 * positions in the order the global log needs, and would map every row through
 * entity metadata; an append here is one round trip, a read one scan.
 */
export class PostgresEventStatements {
  private readonly append: string;
  private readonly storedIdsQuery: string;
  private readonly settledAfterQuery: string;
  private readonly committedAfterQuery: string;
  private readonly isSettledQuery: string;
  private readonly headQuery: string;
  private readonly settledHeadQuery: string;
  private readonly forwardsQuery: string;
  private readonly backwardsQuery: string;

  constructor(
    private readonly pool: Pool,
    private readonly schema: PostgresEventSchema,
  ) {
    const events = `${schema.events} e`;
    this.append = `SELECT actual_revision, last_revision, last_position FROM ${schema.appendFunction}($1, $2, $3, $4, $5, $6)`;
    this.storedIdsQuery = `SELECT e.event_id, e.stream, e.stream_revision, e.position FROM ${events} WHERE e.event_id = ANY($1::text[])`;
    this.settledAfterQuery = `SELECT ${COLUMNS} FROM ${events} WHERE e.position > $1 AND ${SETTLED} ORDER BY e.position LIMIT $2`;
    this.committedAfterQuery = `SELECT ${COLUMNS}, ${SETTLED} FROM ${events} WHERE e.position > $1 ORDER BY e.position LIMIT $2`;
    this.isSettledQuery = `SELECT ${SETTLED} FROM ${events} WHERE e.position = $1`;
    this.headQuery = `SELECT e.position, ${SETTLED} FROM ${events} ORDER BY e.position DESC LIMIT 1`;
    this.settledHeadQuery = `SELECT e.position FROM ${events} WHERE ${SETTLED} ORDER BY e.position DESC LIMIT 1`;
    this.forwardsQuery = `SELECT ${COLUMNS} FROM ${events} WHERE e.stream = $1 AND e.stream_revision >= $2 ORDER BY e.stream_revision LIMIT $3`;
    this.backwardsQuery = `SELECT ${COLUMNS} FROM ${events} WHERE e.stream = $1 AND e.stream_revision <= $2 ORDER BY e.stream_revision DESC LIMIT $3`;
  }

  /**
   * Calls the append function in a transaction of its own (autocommit). A
   * unique violation is raised after the function released its lock, so the
   * connection goes back to the pool; any other error discards it, which ends
   * the session and with it a lock the error may have left held.
   */
  async appendEvents(stream: string, expected: number | null, events: readonly NewEvent[]): Promise<AppendOutcome> {
    const values = [
      stream,
      expected,
      events.map((event) => event.eventId),
      events.map((event) => event.type),
      JSON.stringify(events.map((event) => event.data)),
      JSON.stringify(events.map((event) => event.metadata ?? {})),
    ];
    const client = await this.pool.connect();
    let released = false;
    try {
      const { rows } = await client.query<[string, string | null, string | null]>(this.named('append', this.append, values));
      const [actual, lastRevision, lastPosition] = rows[0];
      if (lastRevision === null || lastPosition === null) return { kind: 'wrong-revision', actual: Number(actual) };
      return { kind: 'appended', nextRevision: Number(lastRevision), position: Number(lastPosition) };
    } catch (error) {
      if (isUniqueViolation(error)) return { kind: 'unique-violation' };
      client.release(error instanceof Error ? error : true);
      released = true;
      throw error;
    } finally {
      if (!released) client.release();
    }
  }

  async storedIds(eventIds: readonly string[]): Promise<StoredEventLocation[]> {
    const rows = await this.query<[string, string, string, string]>('stored-ids', this.storedIdsQuery, [eventIds]);
    return rows.map(([eventId, stream, streamRevision, position]) => ({
      eventId,
      stream,
      streamRevision: Number(streamRevision),
      position: Number(position),
    }));
  }

  /** Settled events after `position`, in position order: what a checkpoint may safely pass. */
  async readSettledAfter(position: number, limit: number | null): Promise<StoredEvent[]> {
    return (await this.query<EventRow>('settled-after', this.settledAfterQuery, [position, limit])).map(toStoredEvent);
  }

  /** Committed events after `position`, and the position of the last one not settled yet, if any. */
  async readCommittedAfter(position: number, limit: number | null): Promise<{ events: StoredEvent[]; lastUnsettled?: number }> {
    const rows = await this.query<[...EventRow, boolean]>('committed-after', this.committedAfterQuery, [position, limit]);
    const lastUnsettled = rows.findLast((row) => !row[8]);
    return { events: rows.map(toStoredEvent), lastUnsettled: lastUnsettled && Number(lastUnsettled[0]) };
  }

  async isSettled(position: number): Promise<boolean> {
    const rows = await this.query<[boolean]>('is-settled', this.isSettledQuery, [position]);
    return rows.length === 0 || rows[0][0];
  }

  /** The last committed position, and whether it is settled; undefined on an empty log. */
  async head(): Promise<{ position: number; settled: boolean } | undefined> {
    const rows = await this.query<[string, boolean]>('head', this.headQuery, []);
    return rows.length === 0 ? undefined : { position: Number(rows[0][0]), settled: rows[0][1] };
  }

  async settledHead(): Promise<number> {
    const rows = await this.query<[string]>('settled-head', this.settledHeadQuery, []);
    return rows.length === 0 ? 0 : Number(rows[0][0]);
  }

  async readStream(stream: string, direction: 'forwards' | 'backwards', fromRevision: number | undefined, limit: number | null): Promise<StoredEvent[]> {
    const rows =
      direction === 'forwards'
        ? await this.query<EventRow>('forwards', this.forwardsQuery, [stream, fromRevision ?? 0, limit])
        : await this.query<EventRow>('backwards', this.backwardsQuery, [stream, fromRevision ?? Number.MAX_SAFE_INTEGER, limit]);
    return rows.map(toStoredEvent);
  }

  private async query<Row extends unknown[]>(name: string, text: string, values: unknown[]): Promise<Row[]> {
    return (await this.pool.query<Row & QueryResultRow>(this.named(name, text, values))).rows;
  }

  private named(name: string, text: string, values: unknown[]): QueryArrayConfig {
    return { name: `${this.schema.statementPrefix}_${name}`, text, values, rowMode: 'array' };
  }
}

function toStoredEvent([position, eventId, stream, streamRevision, type, data, metadata, recordedAt]: EventRow | [...EventRow, boolean]): StoredEvent {
  return {
    eventId,
    type,
    data,
    metadata,
    stream,
    streamRevision: Number(streamRevision),
    position: Number(position),
    recordedAt: recordedAt.toISOString(),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** The append function's encoding: NULL any, -1 no stream (the revision of an empty stream), n exact. */
export function toSqlExpected(expected: ExpectedRevision): number | null {
  if (expected === 'any') return null;
  if (expected === 'no-stream') return -1;
  return expected;
}
