import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';

/**
 * A read model the projector feeds from the global log. Every method gets `tx`,
 * the EntityManager of a database transaction the projector owns: the rows a
 * projection writes commit together with its checkpoint, or not at all. A
 * projection writes through `tx` only; it never appends to the event store,
 * reads the log, or commits, and it keeps no state outside its tables (the
 * same instance survives a rolled back step).
 *
 * SQL written for both SQLite and PostgreSQL can take its parameter
 * placeholders from `sqlParameter` (projection-sql.ts).
 *
 * On SQLite the transaction runs on the connection the whole service shares:
 * await nothing but `tx`'s own statements (no timers, no network), or other
 * requests run in the middle of the step, see its uncommitted rows, and their
 * appends wait for it to end.
 */
export interface Projection {
  /**
   * Stable key of the projection's checkpoint row. A new name starts from
   * position 0, so renaming a projection replays the whole log into it.
   */
  readonly name: string;
  /** The event types `apply` receives; every other event passes it by and still moves its checkpoint. */
  readonly eventTypes: readonly string[];
  /** Creates the projection's tables and indexes when missing. Idempotent: runs at every start. */
  createSchema(tx: EntityManager): Promise<void>;
  /** Leaves the read model empty (drop and create its tables) before a rebuild replays the log into it. */
  reset(tx: EntityManager): Promise<void>;
  /** Folds one event into the read model; events arrive once each, in position order. */
  apply(event: StoredEvent, tx: EntityManager): Promise<void>;
  /**
   * Optional fast path: folds a step's events (those `apply` would get, in the
   * same order) at once, e.g. with multi-row statements: on PostgreSQL every
   * statement is a round trip, and one per event caps a catch-up at a few
   * thousand events per second. When it throws, the step is rolled back and
   * retried through `apply`, event by event, to find the event that fails.
   */
  applyBatch?(events: readonly StoredEvent[], tx: EntityManager): Promise<void>;
}
