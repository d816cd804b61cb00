import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventSubscription, NewEvent, StoredEvent } from '../event-store.port';

/** Event ids are UUIDs because EventStoreDB accepts nothing else. */
export function newEvent(data: unknown = {}, metadata?: EventMetadata, type = 'contract-checked'): NewEvent {
  return metadata === undefined ? { eventId: randomUUID(), type, data } : { eventId: randomUUID(), type, data, metadata };
}

export function newEvents(count: number, label = 'event'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent({ label, index }));
}

export function idsOf(events: readonly { readonly eventId: string }[]): string[] {
  return events.map((event) => event.eventId);
}

/** Strictly increasing: in order and without repeats; lists the positions that break it. */
export function expectStrictlyIncreasing(positions: readonly number[]): void {
  const notAfterPrevious = positions.filter((position, index) => index > 0 && position <= positions[index - 1]);
  expect(notAfterPrevious).toEqual([]);
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, waitingFor: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${waitingFor()}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when `condition` holds, polling; rejects after `ms`. */
export async function waitUntil(condition: () => boolean, ms: number, waitingFor: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${waitingFor()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Consumes `subscription` in a `for await` loop until `count` events arrived,
 * then stops it. Start it before appending to see live delivery.
 */
export async function collect(subscription: EventSubscription, count: number, ms = 5_000): Promise<StoredEvent[]> {
  const received: StoredEvent[] = [];
  const consuming = (async () => {
    for await (const event of subscription) {
      received.push(event);
      if (received.length >= count) break;
    }
  })();
  try {
    await withTimeout(consuming, ms, () => `${count} events, received ${received.length}`);
  } finally {
    await subscription.stop();
  }
  return received;
}

/** Starts a `for await` loop over `subscription`; `done` settles when the loop ends. */
export function consume(subscription: EventSubscription): { readonly received: StoredEvent[]; readonly done: Promise<void> } {
  const received: StoredEvent[] = [];
  const done = (async () => {
    for await (const event of subscription) received.push(event);
  })();
  return { received, done };
}
