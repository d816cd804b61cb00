import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';

/** What a projection of every event of the log declares as its `eventTypes`. */
export const EVERY_EVENT_TYPE = 'every-event-type';

/**
 * A read model the projector feeds from the global log. Every method gets `tx`,
 * the EntityManager of a database transaction the projector owns: the rows a
 * projection writes commit together with its checkpoint, or not at all. A
 * projection writes through `tx` only; it never appends to the event store,
 * reads the log, or commits, and it keeps no state outside its tables (the
 * same instance survives a rolled back step). Its tables come from migrations
 * (read-models.schema.ts), never from the projection itself.
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
  /**
   * The event types `apply` receives; every other event passes it by and still
   * moves its checkpoint. EVERY_EVENT_TYPE: all of them, whatever their type
   * (the verifiable log's tree has a leaf for every event).
   */
  readonly eventTypes: readonly string[] | typeof EVERY_EVENT_TYPE;
  /** Empties the read model's tables before a rebuild replays the log into them. */
  reset(tx: EntityManager): Promise<void>;
  /**
   * Folds `events` (those of `eventTypes`, once each, in position order) into
   * the read model: the projection's rules, stated once. The projector hands
   * it a whole step, so it can write with a few multi-row statements (on
   * PostgreSQL every statement is a round trip, and one per event caps a
   * catch-up at a few thousand events per second); the rows must be those
   * that folding the events one call at a time would leave. When a step fails
   * it is retried one event per call, to find the event that fails.
   */
  apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void>;
}
