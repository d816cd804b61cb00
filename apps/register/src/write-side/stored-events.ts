import type { Decider } from '@register/domain';
import { foldEvents } from '@register/domain';
import type { StoredEvent } from '@register/event-store';

/**
 * The domain events a stream holds. Only this service writes the register's
 * streams, one aggregate per stream, so the stored `type` and `data` are that
 * aggregate's events; the cast lives here and nowhere else.
 */
export function domainEventsOf<E>(stored: readonly StoredEvent[]): E[] {
  return stored.map(({ type, data }) => ({ type, data }) as E);
}

export function foldStored<C, E, S>(decider: Decider<C, E, S>, stored: readonly StoredEvent[]): S {
  return foldEvents(decider, domainEventsOf<E>(stored));
}
