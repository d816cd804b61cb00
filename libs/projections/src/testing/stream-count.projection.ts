import type { StoredEvent } from '@register/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection';
import { sqlDialectOf, sqlParameter } from '../runtime/projection-sql';

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
 */
export class StreamCountProjection implements Projection {
  /** Events this instance applied, committed or not. */
  applied = 0;
  private failAfter: ((event: StoredEvent) => boolean) | undefined;
  private heldBack = false;
  private delayMs = 0;

  /** Undefined unless the projection is `batched`: the runtime then calls `apply` only. */
  readonly applyBatch?: (events: readonly StoredEvent[], tx: EntityManager) => Promise<void>;

  constructor(
    readonly name = 'stream_counts',
    readonly eventTypes: readonly string[] = ['Counted'],
    { batched = true }: { readonly batched?: boolean } = {},
  ) {
    if (batched) this.applyBatch = (events, tx) => this.applyAll(events, tx);
  }

  async createSchema(tx: EntityManager): Promise<void> {
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${this.name} (stream TEXT PRIMARY KEY, events INTEGER NOT NULL, last_position BIGINT NOT NULL)`,
    );
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS ${this.name}`);
    await this.createSchema(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    if (this.heldBack) throw new Error('held back by the test');
    // A real pause, so a caller that does not wait for the projector would see it behind.
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const dialect = sqlDialectOf(tx);
    await tx.query(
      `INSERT INTO ${this.name} (stream, events, last_position) VALUES (${sqlParameter(dialect, 1)}, 1, ${sqlParameter(dialect, 2)})
       ON CONFLICT (stream) DO UPDATE SET events = ${this.name}.events + 1, last_position = excluded.last_position`,
      [event.stream, event.position],
    );
    this.applied += 1;
    if (this.failAfter?.(event)) throw new Error(`failure injected after writing position ${event.position}`);
  }

  /** One upsert per stream for the whole step, as a read model that cares about catch-up speed would do it. */
  private async applyAll(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    if (this.heldBack) throw new Error('held back by the test');
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs * events.length));
    const perStream = new Map<string, { events: number; last: number }>();
    for (const event of events) {
      perStream.set(event.stream, { events: (perStream.get(event.stream)?.events ?? 0) + 1, last: event.position });
    }
    const dialect = sqlDialectOf(tx);
    const rows = [...perStream].map((_, row) => `(${[1, 2, 3].map((column) => sqlParameter(dialect, row * 3 + column)).join(', ')})`);
    await tx.query(
      `INSERT INTO ${this.name} (stream, events, last_position) VALUES ${rows.join(', ')}
       ON CONFLICT (stream) DO UPDATE SET events = ${this.name}.events + excluded.events, last_position = excluded.last_position`,
      [...perStream].flatMap(([stream, counted]) => [stream, counted.events, counted.last]),
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

  /** The read model, one row per stream, by stream name. */
  async rows(dataSource: DataSource): Promise<StreamCountRow[]> {
    const rows: { stream: string; events: string | number; last_position: string | number }[] = await dataSource.query(
      `SELECT stream, events, last_position FROM ${this.name} ORDER BY stream`,
    );
    return rows.map((row) => ({ stream: row.stream, events: Number(row.events), lastPosition: Number(row.last_position) }));
  }
}
