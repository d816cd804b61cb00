import type { StoredEvent } from '@register/event-store';

const READY_NOW = Symbol('ready-now');

/**
 * Groups a subscription's events into steps. The subscription hands them out
 * one at a time; a step takes every event that is already there (it arrives
 * without the event loop turning: the rest of a page read, an in-process
 * append), up to a maximum, and stops at the first that would have to be
 * waited for. Catching up, steps are full; live, a step is what one append
 * brought, committed at once.
 */
export class EventBatches {
  /** A `next()` still running when the last step stopped waiting for it; the next step starts with it. */
  private pending: Promise<IteratorResult<StoredEvent>> | undefined;

  constructor(private readonly events: AsyncIterator<StoredEvent>) {}

  /**
   * Up to `max` events; with `wait`, waits for the first of them, otherwise
   * returns `[]` when none is there yet. Undefined once the subscription ended.
   */
  async next(max: number, { wait }: { readonly wait: boolean }): Promise<StoredEvent[] | undefined> {
    const batch: StoredEvent[] = [];
    if (wait) {
      const first = await this.upcoming();
      this.pending = undefined;
      if (first.done) return undefined;
      batch.push(first.value);
    }
    const turn = nextTurnOfEventLoop();
    while (batch.length < max) {
      // A failure after some events: they make this step, the failure (still pending) ends the next.
      const result = await Promise.race([this.upcoming(), turn]).catch((error: unknown): typeof READY_NOW => {
        if (batch.length === 0) throw error;
        return READY_NOW;
      });
      // Not there yet: the pending next() is kept, and starts the following step.
      if (result === READY_NOW) break;
      this.pending = undefined;
      if (result.done) return batch.length > 0 ? batch : undefined;
      batch.push(result.value);
    }
    return batch;
  }

  private upcoming(): Promise<IteratorResult<StoredEvent>> {
    if (!this.pending) {
      this.pending = this.events.next();
      // Maybe awaited only in a later step: a failure must not count as unhandled meanwhile.
      this.pending.catch(() => undefined);
    }
    return this.pending;
  }
}

function nextTurnOfEventLoop(): Promise<typeof READY_NOW> {
  return new Promise((resolve) => setImmediate(resolve, READY_NOW));
}
