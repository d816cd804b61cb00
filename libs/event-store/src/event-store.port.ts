/**
 * The event store port: the one surface the write side, the projector and the
 * command line use. Every adapter (in memory, SQLite, PostgreSQL, EventStoreDB)
 * passes the same contract suite (`testing/event-store.contract.ts`).
 *
 * Revisions and positions are plain numbers: a stream revision is 0-based, the
 * revision of an event within its stream; a global position is 1-based and
 * grows in commit order over the whole log, so `0` means "before the first
 * event". Numbers stay exact up to 2^53, far beyond any register's lifetime.
 */

/** What a caller promises about the stream before appending. */
export type ExpectedRevision =
  /** the stream must not exist yet (no events) */
  | 'no-stream'
  /** no check */
  | 'any'
  /** the revision of the stream's last event must be exactly this */
  | number;

/** Free-form JSON metadata; the domain puts correlation ids and the like here. */
export type EventMetadata = Record<string, unknown>;

/** An event as a caller hands it to the store. */
export interface NewEvent<Data = unknown> {
  /** Unique over the whole store; appending a stored id again is a no-op. */
  readonly eventId: string;
  readonly type: string;
  /** Any JSON value. */
  readonly data: Data;
  readonly metadata?: EventMetadata;
}

/** An event as the store gives it back. */
export interface StoredEvent<Data = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly stream: string;
  readonly streamRevision: number;
  readonly position: number;
  /** UTC ISO-8601 with milliseconds, set by the store when the append committed its events. */
  readonly recordedAt: string;
}

export interface AppendOptions {
  /** Defaults to `'any'`. */
  readonly expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event appended: the `expectedRevision` of the next append. */
  readonly nextRevision: number;
  /** Global position of the last event appended. */
  readonly position: number;
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive); defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly limit?: number;
}

export interface ReadAllOptions {
  /** Exclusive: returns events with a greater position. Defaults to 0, the beginning. */
  readonly fromPosition?: number;
  readonly limit?: number;
}

export interface SubscribeOptions {
  /** Exclusive checkpoint: the subscriber receives every event with a greater position. Defaults to 0. */
  readonly fromPosition?: number;
}

/**
 * A catch-up subscription: it first yields the stored events after its
 * checkpoint, then every event appended later, each exactly once, in position
 * order. `stop()` ends the iteration; a `for await` loop then finishes.
 */
export interface EventSubscription extends AsyncIterable<StoredEvent> {
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends the events atomically: all of them or none. Idempotent by event id:
   * when every `eventId` is already stored in this stream, nothing is written
   * and the original result is returned, whatever `expectedRevision` says.
   *
   * @throws WrongExpectedVersion when the stream is not at `expectedRevision`.
   * @throws EventIdConflict when some ids are stored and others are not, or
   *   the ids are stored in another stream.
   */
  appendToStream(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;

  /** The stream's events in revision order; an unknown stream reads as `[]`. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;

  /** The global log in position order (the order in which appends committed). */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;

  subscribeToAll(options?: SubscribeOptions): EventSubscription;

  /** Highest position in the log, 0 when it is empty. */
  headPosition(): Promise<number>;

  /** Releases connections; stops every open subscription. */
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
