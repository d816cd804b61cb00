import { EventIdConflict, WrongExpectedVersion } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from '../event-store.port';
import { AppendSignal, createPollingSubscription } from '../polling-subscription';

/**
 * Data and metadata are kept as JSON text, as the SQL adapters keep them, so a
 * caller that mutates its objects after appending (or after reading) cannot
 * change the log, and values JSON cannot carry are lost here as they are there.
 */
interface StoredRecord {
  readonly eventId: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly position: number;
  readonly recordedAt: string;
}

/** The event store for unit tests: the same semantics as the SQL adapters, nothing kept on disk. */
export class InMemoryEventStore implements EventStore {
  /** Index `i` holds position `i + 1`: positions have no gaps here. */
  private readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly byEventId = new Map<string, StoredRecord>();
  private readonly appended = new AppendSignal();
  private readonly subscriptions = new Set<EventSubscription>();
  private closed = false;

  async appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(stream, events);
    const earlier = this.earlierAppend(stream, events);
    if (earlier) return earlier;

    const existing = this.streams.get(stream) ?? [];
    const expected = options.expectedRevision ?? 'any';
    const actual = existing.length - 1;
    if (!revisionMatches(expected, actual)) {
      throw new WrongExpectedVersion(stream, expected, actual < 0 ? 'no-stream' : actual);
    }

    const recordedAt = new Date().toISOString();
    const records = events.map((event, index): StoredRecord => ({
      eventId: event.eventId,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata ?? {}),
      stream,
      streamRevision: actual + 1 + index,
      position: this.log.length + 1 + index,
      recordedAt,
    }));
    for (const record of records) this.byEventId.set(record.eventId, record);
    this.log.push(...records);
    this.streams.set(stream, existing.concat(records));
    this.appended.notify();

    const last = records[records.length - 1];
    return { nextRevision: last.streamRevision, position: last.position };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    const records = this.streams.get(stream) ?? [];
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const selected =
      options.direction === 'backwards'
        ? records.slice(0, (options.fromRevision ?? records.length - 1) + 1).reverse()
        : records.slice(options.fromRevision ?? 0);
    return selected.slice(0, limit).map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    const from = options.fromPosition ?? 0;
    const to = options.limit === undefined ? undefined : from + options.limit;
    return this.log.slice(from, to).map(toStoredEvent);
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    this.assertOpen();
    const subscription = createPollingSubscription(
      {
        readAfter: async (after, limit) => this.log.slice(after, after + limit).map(toStoredEvent),
        changeToken: () => this.appended.token,
        waitForChange: (since, idleMs, signal) => this.appended.wait(since, idleMs, signal),
      },
      { fromPosition: options.fromPosition },
    );
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const open = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(open.map((subscription) => subscription.stop()));
  }

  /**
   * The result of the earlier append when every id is stored in this stream,
   * at consecutive revisions in the order given; undefined when none is.
   */
  private earlierAppend(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    const stored = events.map((event) => this.byEventId.get(event.eventId));
    if (stored.every((record) => record === undefined)) return undefined;
    const first = stored[0];
    const isRetry =
      first !== undefined &&
      stored.every((record, index) => record?.stream === stream && record.streamRevision === first.streamRevision + index);
    if (!isRetry) {
      throw new EventIdConflict(stream, stored.flatMap((record) => (record ? [record.eventId] : [])));
    }
    const last = stored[stored.length - 1] as StoredRecord;
    return { nextRevision: last.streamRevision, position: last.position };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('InMemoryEventStore is closed');
  }
}

function assertAppendable(stream: string, events: readonly NewEvent[]): void {
  if (events.length === 0) throw new RangeError(`An append to ${stream} needs at least one event`);
  const ids = events.map((event) => event.eventId);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw new EventIdConflict(stream, repeated);
}

function revisionMatches(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual < 0;
  return expected === actual;
}

function toStoredEvent(record: StoredRecord): StoredEvent {
  return { ...record, data: JSON.parse(record.data) as unknown, metadata: JSON.parse(record.metadata) as StoredEvent['metadata'] };
}
