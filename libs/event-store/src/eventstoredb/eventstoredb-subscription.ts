import type { ResolvedEvent } from '@eventstore/db-client';
import type { EventSubscription, StoredEvent } from '../event-store.port';
import { toUserEvent } from './eventstoredb-event.mapper';

/** The part of the client's $all subscription (a Node Readable in v6) that we use. */
export interface ClientAllSubscription extends AsyncIterable<ResolvedEvent> {
  unsubscribe(): Promise<void>;
}

const STOPPED = Symbol('stopped');

/**
 * Our catch-up subscription on top of the client's. The client already
 * catches up and then goes live; this adds what our port promises:
 * - nothing at or before the checkpoint: the docs say a subscription from a
 *   position starts after it, and we drop such events anyway, so a server that
 *   included the checkpoint's own event could not deliver it twice;
 * - no system records, even those a server-side filter on type lets through;
 * - `stop()` ends a waiting `for await` at once: it does not wait for the
 *   cancelled gRPC call to end the client's stream.
 * A dropped connection ends the iteration with the client's error; the caller
 * subscribes again from its checkpoint (the v6 client does not resubscribe).
 */
export function adaptSubscription(source: ClientAllSubscription, fromPosition: number): EventSubscription {
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<typeof STOPPED>((resolve) => {
    markStopped = () => resolve(STOPPED);
  });
  let isStopped = false;
  let stopping: Promise<void> | undefined;

  const stop = (): Promise<void> => {
    isStopped = true;
    markStopped();
    stopping ??= source.unsubscribe();
    return stopping;
  };

  async function* events(): AsyncGenerator<StoredEvent> {
    const records = source[Symbol.asyncIterator]();
    let checkpoint = fromPosition;
    try {
      while (!isStopped) {
        const pending = records.next();
        const next = await Promise.race([pending, stopped]);
        if (next === STOPPED) {
          // The read stays pending until the cancelled call ends; its outcome no longer matters.
          pending.catch(() => undefined);
          return;
        }
        if (next.done) return;
        const event = toUserEvent(next.value);
        if (event === undefined || event.position <= checkpoint) continue;
        checkpoint = event.position;
        yield event;
      }
    } finally {
      await stop();
    }
  }

  const iterator = events();
  return { [Symbol.asyncIterator]: () => iterator, stop };
}
