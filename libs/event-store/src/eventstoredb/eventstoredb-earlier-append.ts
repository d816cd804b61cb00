import { EventIdConflict } from '../event-store.errors';
import type { AppendResult, NewEvent, StoredEvent } from '../event-store.port';

/**
 * Decides, after EventStoreDB refused an append, what the refusal means in our
 * port, from the events of the same stream that carry the append's ids:
 * - none of them: a real conflict, undefined (the caller throws WrongExpectedVersion);
 * - all of them, at consecutive revisions in the order given: a retry of that
 *   earlier append, whose result is answered again;
 * - anything else (some ids, or another order): EventIdConflict.
 */
export function earlierAppend(
  stream: string,
  events: readonly NewEvent[],
  storedWithTheseIds: readonly StoredEvent[],
): AppendResult | undefined {
  const byId = new Map(storedWithTheseIds.filter((event) => event.stream === stream).map((event) => [event.eventId, event]));
  const stored = events.map((event) => byId.get(event.eventId));
  if (stored.every((event) => event === undefined)) return undefined;
  const first = stored[0];
  const isRetry =
    first !== undefined && stored.every((event, index) => event?.streamRevision === first.streamRevision + index);
  if (!isRetry) throw new EventIdConflict(stream, stored.flatMap((event) => (event ? [event.eventId] : [])));
  const last = stored[stored.length - 1] as StoredEvent;
  return { nextRevision: last.streamRevision, position: last.position };
}

/** An append must hold events, and no id twice: ESDB would store a repeated id twice. */
export function assertAppendable(stream: string, events: readonly NewEvent[]): void {
  if (events.length === 0) throw new RangeError(`An append to ${stream} needs at least one event`);
  const ids = events.map((event) => event.eventId);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw new EventIdConflict(stream, repeated);
}
