import { jsonEvent, type ResolvedEvent } from '@eventstore/db-client';
import type { StoredEvent } from '../event-store.port';
import { toEventData } from './eventstoredb-event.mapper';
import { readBack } from './eventstoredb-recorded-event.fixture';
import { adaptSubscription, type ClientAllSubscription } from './eventstoredb-subscription';

const ours = (index: number, position: bigint): ResolvedEvent =>
  readBack(toEventData({ eventId: `ours-${index}`, type: 'noted', data: { index } }), { stream: 'mandate-1', revision: index, position });
const system = (position: bigint): ResolvedEvent =>
  readBack(jsonEvent({ type: 'noted-by-server', data: {} }), { stream: '$stats-node', revision: 0, position });

/**
 * A client subscription that yields `records` and then waits, as a live
 * subscription does, until it is unsubscribed (or forever, with `endOnUnsubscribe: false`).
 */
function fakeSource(records: ResolvedEvent[], { endOnUnsubscribe = true, failWith }: { endOnUnsubscribe?: boolean; failWith?: Error } = {}) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const source: ClientAllSubscription & { unsubscribed: number } = {
    unsubscribed: 0,
    async *[Symbol.asyncIterator]() {
      yield* records;
      if (failWith) throw failWith;
      await released;
    },
    async unsubscribe() {
      source.unsubscribed += 1;
      if (endOnUnsubscribe) release();
    },
  };
  return source;
}

async function take(iterable: AsyncIterable<StoredEvent>, count: number): Promise<StoredEvent[]> {
  const received: StoredEvent[] = [];
  for await (const event of iterable) {
    received.push(event);
    if (received.length === count) break;
  }
  return received;
}

describe('adaptSubscription', () => {
  it('delivers our events after the checkpoint, without system records and without the checkpoint event', async () => {
    const source = fakeSource([ours(0, 100n), system(200n), ours(1, 300n), ours(2, 400n)]);

    const received = await take(adaptSubscription(source, 100), 2);

    expect(received.map((event) => event.eventId)).toEqual(['ours-1', 'ours-2']);
  });

  it('never delivers an event twice, even if the source repeats one', async () => {
    const source = fakeSource([ours(1, 300n), ours(1, 300n), ours(2, 400n)]);

    const received = await take(adaptSubscription(source, 0), 2);

    expect(received.map((event) => event.position)).toEqual([300, 400]);
  });

  it('ends a waiting for await loop on stop(), even while the cancelled source has not ended yet', async () => {
    const source = fakeSource([ours(0, 100n)], { endOnUnsubscribe: false });
    const subscription = adaptSubscription(source, 0);
    const received: StoredEvent[] = [];
    const loop = (async () => {
      for await (const event of subscription) received.push(event);
    })();
    // The loop has the one event and waits for the next: the moment stop() must end it.
    while (received.length < 1) await new Promise((resolve) => setImmediate(resolve));

    await subscription.stop();

    await expect(loop).resolves.toBeUndefined();
    expect(received.map((event) => event.eventId)).toEqual(['ours-0']);
    expect(source.unsubscribed).toBe(1);
  });

  it('unsubscribes from the server when the consumer leaves its loop', async () => {
    const source = fakeSource([ours(0, 100n), ours(1, 200n)]);

    await take(adaptSubscription(source, 0), 1);

    expect(source.unsubscribed).toBe(1);
  });

  it('ends the loop with the error of a dropped subscription, so the caller can resubscribe', async () => {
    const dropped = new Error('14 UNAVAILABLE: connection dropped');
    const source = fakeSource([ours(0, 100n)], { failWith: dropped });

    await expect(take(adaptSubscription(source, 0), 5)).rejects.toBe(dropped);
  });

  it('yields nothing when stopped before the loop starts', async () => {
    const source = fakeSource([ours(0, 100n)]);
    const subscription = adaptSubscription(source, 0);

    await subscription.stop();

    await expect(take(subscription, 1)).resolves.toEqual([]);
  });
});
