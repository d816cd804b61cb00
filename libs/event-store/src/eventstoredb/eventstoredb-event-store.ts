import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  excludeSystemEvents,
  type AppendResult as EsdbAppendResult,
  type Direction,
  type ReadPosition,
  type ResolvedEvent,
} from '@eventstore/db-client';
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
import { assertAppendable, earlierAppend } from './eventstoredb-earlier-append';
import { isStreamNotFoundError, isWrongExpectedVersionError, toWrongExpectedVersion } from './eventstoredb-error.mapper';
import { toEventData, toStoredEvent } from './eventstoredb-event.mapper';
import { findInStream, newestUserEvent, readAllAfter } from './eventstoredb-log-reader';
import {
  knownCommit,
  toEsdbExpectedRevision,
  toEsdbRevision,
  toPortPosition,
  toPortRevision,
  toReadPosition,
} from './eventstoredb-positions';
import { adaptSubscription } from './eventstoredb-subscription';
import { OpenSubscriptions } from '../open-subscriptions';

export interface EventStoreDbOptions {
  /** `esdb://…` or `esdb+discover://…`, as EventStoreDB documents it. */
  readonly connectionString: string;
}

/**
 * The event store on an EventStoreDB (or KurrentDB) server or cluster over gRPC.
 *
 * Limits that come from EventStoreDB and that the other adapters do not have:
 * - EventIdConflict for ids stored in ANOTHER stream is never detected: the
 *   server keeps event ids unique per stream only, and has no index by id.
 * - A retried append is recognised by the server (idempotent write) when its
 *   expected revision is exact or 'no-stream', by reading its index; with
 *   'any' only while the ids are still in the server's cache of recently
 *   written ids (the idempotency window). A stale revision that the server
 *   refuses is settled here by looking the ids up in the stream.
 * - An append that reuses an old id of this stream next to new ids is stored
 *   as written when the server sees no conflict (its expected revision is the
 *   current one, or 'any' with the first id out of the cache).
 * - Positions are log byte offsets: increasing, with gaps, exact below 2^53.
 * - Server 22.6 or later: older ones give stream reads no positions.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new OpenSubscriptions();
  private closed = false;

  constructor(private readonly client: EventStoreDBClient) {}

  /** Connects and reads $all once, so a wrong address or missing rights fail at boot. */
  static async open({ connectionString }: EventStoreDbOptions): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString));
    try {
      await store.readPage(END, 1, BACKWARDS);
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(stream, events);
    const expected = options.expectedRevision ?? 'any';
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(stream, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(expected),
      });
    } catch (error) {
      if (!isWrongExpectedVersionError(error)) throw error;
      return this.settleRefusal(stream, events, () => toWrongExpectedVersion(stream, expected, error.actualVersion));
    }
    // Only with `throwOnAppendFailure=false` in the connection string; its reported revision is unreliable.
    if (!result.success) {
      return this.settleRefusal(
        stream,
        events,
        async () => new WrongExpectedVersion(stream, expected, await this.currentRevision(stream)),
      );
    }
    return this.toAppendResult(stream, result);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    if (options.limit === 0) return [];
    const backwards = options.direction === 'backwards';
    const records = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : toEsdbRevision(options.fromRevision),
      ...(options.limit === undefined ? {} : { maxCount: options.limit }),
    });
    const events: StoredEvent[] = [];
    try {
      for await (const resolved of records) if (resolved.event) events.push(toStoredEvent(resolved.event));
    } catch (error) {
      if (isStreamNotFoundError(error)) return [];
      throw error;
    }
    return events;
  }

  async readAll({ fromPosition = 0, limit = Number.POSITIVE_INFINITY }: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return readAllAfter((from, maxCount) => this.readPage(from, maxCount, FORWARDS), fromPosition, limit);
  }

  subscribeToAll({ fromPosition = 0 }: SubscribeOptions = {}): EventSubscription {
    this.assertOpen();
    const source = this.client.subscribeToAll({ fromPosition: toReadPosition(fromPosition), filter: excludeSystemEvents() });
    const adapted = adaptSubscription(source, fromPosition);
    return this.subscriptions.track(adapted);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    const newest = await newestUserEvent((from, maxCount) => this.readPage(from, maxCount, BACKWARDS));
    return newest?.position ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.stopAll();
    await this.client.dispose();
  }

  /**
   * The server refused the append. If its ids are already in the stream it was
   * a retry with a stale revision, or a partial overlap: the server only
   * compares the ids right after the expected revision, so they are looked up.
   */
  private async settleRefusal(
    stream: string,
    events: readonly NewEvent[],
    refusal: () => WrongExpectedVersion | Promise<WrongExpectedVersion>,
  ): Promise<AppendResult> {
    const stored = await findInStream(
      (fromRevision, limit) => this.readStream(stream, { direction: 'backwards', fromRevision, limit }),
      new Set(events.map((event) => event.eventId)),
    );
    const earlier = earlierAppend(stream, events, stored);
    if (earlier) return earlier;
    throw await refusal();
  }

  /**
   * The server answers the position of the append's last event, also for a
   * retry it recognised (the log position of the last event it found). When it
   * answers none, the event is read back for it.
   */
  private async toAppendResult(stream: string, result: EsdbAppendResult): Promise<AppendResult> {
    const nextRevision = toPortRevision(result.nextExpectedRevision);
    const commit = knownCommit(result.position);
    if (commit !== undefined) return { nextRevision, position: toPortPosition(commit) };
    const [last] = await this.readStream(stream, { fromRevision: nextRevision, limit: 1 });
    if (!last) throw new Error(`EventStoreDB acknowledged an append to ${stream} at revision ${nextRevision} it cannot read back`);
    return { nextRevision, position: last.position };
  }

  private async currentRevision(stream: string): Promise<number | 'no-stream'> {
    const [last] = await this.readStream(stream, { direction: 'backwards', limit: 1 });
    return last ? last.streamRevision : 'no-stream';
  }

  private async readPage(from: ReadPosition, maxCount: number, direction: Direction): Promise<ResolvedEvent[]> {
    const page: ResolvedEvent[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: from, maxCount, direction })) page.push(resolved);
    return page;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('EventStoreDbEventStore is closed');
  }
}
