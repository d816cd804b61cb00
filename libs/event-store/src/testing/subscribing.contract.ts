import { collect, consume, idsOf, newEvents, waitUntil, withTimeout } from './event-store-contract.helpers';
import { type EventStoreHarness, useContractContext } from './event-store.harness';

/** Long enough for a polling subscription to be waiting idle, not mid-read. */
const SETTLE_MS = 150;

export function describeSubscribingContract(harness: EventStoreHarness): void {
  describe('subscribing to the global log', () => {
    const context = useContractContext(harness);

    it('delivers every event after the checkpoint, stored ones first and then those appended while it runs', async () => {
      const stream = context.stream('watched');
      const stored = newEvents(3, 'stored');
      const live = newEvents(2, 'live');
      const { position: firstPosition } = await context.store.appendToStream(stream, stored.slice(0, 1));
      await context.store.appendToStream(stream, stored.slice(1));

      // From the first event's position: the checkpoint is exclusive, so that event is not delivered again.
      const receiving = collect(context.store.subscribeToAll({ fromPosition: firstPosition }), 4);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await context.store.appendToStream(stream, live.slice(0, 1));
      await context.store.appendToStream(context.stream('other'), live.slice(1));
      const received = await receiving;

      expect(idsOf(received)).toEqual(idsOf([...stored.slice(1), ...live]));
    });

    it('ends a for await loop when stopped, and delivers nothing more', async () => {
      const subscription = context.store.subscribeToAll({ fromPosition: context.baseline });
      const { received, done } = consume(subscription);
      const first = newEvents(1, 'before-stop');
      await context.store.appendToStream(context.stream('stopped'), first);
      await waitUntil(() => received.length > 0, 5_000, () => 'the first event');

      await subscription.stop();
      await withTimeout(done, 2_000, () => 'the loop to end after stop()');
      await context.store.appendToStream(context.stream('stopped'), newEvents(1, 'after-stop'));
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

      expect(idsOf(received)).toEqual(idsOf(first));
    });

    it('ends open subscriptions when the store closes', async () => {
      const subscriptions = [context.store.subscribeToAll({ fromPosition: context.baseline })];
      const reading = consume(subscriptions[0]);
      const { position } = await context.store.appendToStream(context.stream('closing'), newEvents(2));
      subscriptions.push(context.store.subscribeToAll({ fromPosition: position }));
      const idle = consume(subscriptions[1]);
      await waitUntil(() => reading.received.length === 2, 5_000, () => 'both events');
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

      await context.closeStore();

      try {
        await expect(withTimeout(Promise.all([reading.done, idle.done]), 2_000, () => 'both loops to end')).resolves.toEqual([
          undefined,
          undefined,
        ]);
      } finally {
        // Only matters when close() failed to stop them: a failing adapter must not leave loops polling.
        await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      }
    });
  });
}
