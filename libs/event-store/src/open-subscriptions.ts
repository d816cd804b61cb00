import type { EventSubscription } from './event-store.port';

/**
 * The subscriptions a store has handed out and not yet seen stopped, so that
 * closing the store ends every `for await` loop still reading from it.
 */
export class OpenSubscriptions {
  private readonly open = new Set<EventSubscription>();

  /** Wraps `subscription` so that stopping it also forgets it. */
  track(subscription: EventSubscription): EventSubscription {
    const tracked: EventSubscription = {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      stop: async () => {
        this.open.delete(tracked);
        await subscription.stop();
      },
    };
    this.open.add(tracked);
    return tracked;
  }

  async stopAll(): Promise<void> {
    const stopping = [...this.open];
    this.open.clear();
    await Promise.all(stopping.map((subscription) => subscription.stop()));
  }
}
