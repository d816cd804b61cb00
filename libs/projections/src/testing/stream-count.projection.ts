import { inList, joinSql, queryRows, sql, sqlText } from '@register/database';
import type { StoredEvent } from '@register/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection';

export interface StreamCountRow {
  readonly stream: string;
  readonly events: number;
  readonly lastPosition: number;
}

/**
 * The projection the runtime's tests run: how many events of its types each
 * stream holds, and the position of the last. A step applied twice counts
 * too high, a lost one too low. Test hooks make it fail after writing (the
 * write must roll back), refuse every event while held back, or take its time.
 *
 * Its table, named after the projection, is a test's own: the projection
 * creates it in its first step (the register's tables come from migrations).
 */
export class StreamCountProjection implements Projection {
  /** Events this instance applied, committed or not. */
  applied = 0;
  private failAfter: ((event: StoredEvent) => boolean) | undefined;
  private heldBack = false;
  private delayMs = 0;

  constructor(
    readonly name = 'stream_counts',
    readonly eventTypes: readonly string[] = ['Counted'],
  ) {}

  async reset(tx: EntityManager): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS ${this.name}`);
    await this.createTable(tx);
  }

  /** One upsert per stream for the whole step, as a read model that cares about catch-up speed would do it. */
  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    if (this.heldBack) throw new Error('held back by the test');
    // A real pause, so a caller that does not wait for the projector would see it behind.
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs * events.length));
    await this.createTable(tx);
    const perStream = new Map<string, { events: number; last: number }>();
    for (const event of events) {
      perStream.set(event.stream, { events: (perStream.get(event.stream)?.events ?? 0) + 1, last: event.position });
    }
    const rows = [...perStream].map(([stream, counted]) => sql`(${inList([stream, counted.events, counted.last])})`);
    const table = sqlText(this.name);
    await queryRows(
      tx,
      sql`INSERT INTO ${table} (stream, events, last_position) VALUES ${joinSql(rows, ', ')}
          ON CONFLICT (stream) DO UPDATE SET events = ${table}.events + excluded.events, last_position = excluded.last_position`,
    );
    this.applied += events.length;
    const failing = events.find((event) => this.failAfter?.(event));
    if (failing) throw new Error(`failure injected after writing position ${failing.position}`);
  }

  /** From now on, throws after its write for every event `when` accepts (undefined: never again). */
  failAfterWriting(when: ((event: StoredEvent) => boolean) | undefined): void {
    this.failAfter = when;
  }

  /** While held back, every event it handles fails before anything is written. */
  holdBack(held = true): void {
    this.heldBack = held;
  }

  /** Makes every event take `ms` to apply, inside the step's transaction. */
  slowDown(ms: number): void {
    this.delayMs = ms;
  }

  private async createTable(tx: EntityManager): Promise<void> {
    await tx.query(`CREATE TABLE IF NOT EXISTS ${this.name} (stream TEXT PRIMARY KEY, events INTEGER NOT NULL, last_position BIGINT NOT NULL)`);
  }

  /** The read model, one row per stream, by stream name. */
  async rows(dataSource: DataSource): Promise<StreamCountRow[]> {
    const rows: { stream: string; events: string | number; last_position: string | number }[] = await dataSource.query(
      `SELECT stream, events, last_position FROM ${this.name} ORDER BY stream`,
    );
    return rows.map((row) => ({ stream: row.stream, events: Number(row.events), lastPosition: Number(row.last_position) }));
  }
}
