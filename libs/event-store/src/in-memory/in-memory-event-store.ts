import { assertAppendable, earlierAppendResult, revisionMatches } from '../append-rules';
import { WrongExpectedVersion } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventSubscription,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from '../event-store.port';
import { AppendSignal, createPollingSubscription } from '../polling-subscription';
import { OpenSubscriptions } from '../open-subscriptions';

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
  private readonly subscriptions = new OpenSubscriptions();
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
    return this.subscriptions.track(subscription);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.subscriptions.stopAll();
  }

  private earlierAppend(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    const stored = events.flatMap((event) => this.byEventId.get(event.eventId) ?? []);
    return earlierAppendResult(stream, events, stored);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('InMemoryEventStore is closed');
  }
}

function toStoredEvent(record: StoredRecord): StoredEvent {
  return { ...record, data: JSON.parse(record.data) as unknown, metadata: JSON.parse(record.metadata) as StoredEvent['metadata'] };
}
