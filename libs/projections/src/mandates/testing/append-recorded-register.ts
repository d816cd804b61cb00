import type { EventStore, StoredEvent } from '@register/event-store';
import type { RecordedRegister } from '../../testing/recorded-register';
import { justBefore } from '../../testing/projected-database';

export { justBefore };

/**
 * Appends the log of a RecordedRegister (the write side's exact events, built
 * by the domain's deciders) to a real store, in order, and returns the log as
 * the store recorded it. The store sets recordedAt itself, so the events
 * recorded at one instant of the scenario are appended back to back and a
 * pause separates them from the next instant: the store's log keeps the
 * scenario's "before" and "after" apart.
 */
export async function appendRecordedRegister(store: EventStore, register: RecordedRegister): Promise<StoredEvent[]> {
  let previousInstant: string | null = null;
  for (const event of register.events) {
    if (previousInstant !== null && event.recordedAt !== previousInstant) await new Promise((resolve) => setTimeout(resolve, 3));
    previousInstant = event.recordedAt;
    await store.appendToStream(event.stream, [{ eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata }]);
  }
  return store.readAll();
}

/** Every instant the log recorded something, and 1 ms before each, once each. */
export function recordedInstantsAndJustBefore(log: readonly StoredEvent[]): string[] {
  return [...new Set(log.flatMap((event) => [justBefore(event.recordedAt), event.recordedAt]))];
}
