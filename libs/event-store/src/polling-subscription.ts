import type { EventSubscription, StoredEvent } from './event-store.port';

/** What a store offers a catch-up subscription. */
export interface PollingSource {
  /** Events with a position greater than `after`, in position order, at most `limit`. */
  readAfter(after: number, limit: number): Promise<StoredEvent[]>;
  /** A token that changes whenever this process appends (see `AppendSignal`). */
  changeToken(): number;
  /**
   * Resolves when new events may be there: at once if the token moved since
   * `since`, on the next append in this process, or after `idleMs` (appends by
   * other processes are only seen by polling). Resolves when `signal` aborts.
   */
  waitForChange(since: number, idleMs: number, signal: AbortSignal): Promise<void>;
}

export interface PollingSubscriptionOptions {
  readonly fromPosition?: number;
  readonly batchSize?: number;
  readonly idleMs?: number;
}

/**
 * A catch-up subscription built on repeated reads after a checkpoint. Reads run
 * one at a time and the checkpoint only moves past events already yielded, so
 * every event is delivered once and in order, however appends interleave.
 */
export function createPollingSubscription(
  source: PollingSource,
  { fromPosition = 0, batchSize = 500, idleMs = 100 }: PollingSubscriptionOptions = {},
): EventSubscription {
  const stopped = new AbortController();

  async function* events(): AsyncGenerator<StoredEvent> {
    let checkpoint = fromPosition;
    while (!stopped.signal.aborted) {
      const token = source.changeToken();
      const batch = await source.readAfter(checkpoint, batchSize);
      for (const event of batch) {
        if (stopped.signal.aborted) return;
        checkpoint = event.position;
        yield event;
      }
      if (batch.length < batchSize) await source.waitForChange(token, idleMs, stopped.signal);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async stop() {
      stopped.abort();
    },
  };
}

/**
 * Wakes waiting subscriptions when this process appends. The generation
 * counter closes the race between a read and the wait that follows it: an
 * append in between moves the generation, and the wait returns at once.
 */
export class AppendSignal {
  private waiters = new Set<() => void>();
  private generation = 0;

  get token(): number {
    return this.generation;
  }

  notify(): void {
    this.generation += 1;
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  wait(since: number, idleMs: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted || since !== this.generation) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, idleMs);
      signal.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
