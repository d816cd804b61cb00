import { EventIdConflict } from './event-store.errors';
import type { AppendResult, ExpectedRevision, NewEvent } from './event-store.port';

/** Where an event id is stored: enough to tell a retry from a conflict. */
export interface StoredEventLocation {
  readonly eventId: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly position: number;
}

/** Refuses what no store could write: an empty append, or one that repeats an event id within itself. */
export function assertAppendable(stream: string, events: readonly NewEvent[]): void {
  if (events.length === 0) throw new RangeError(`An append to ${stream} needs at least one event`);
  if (events.length === 1) return;
  const seen = new Set<string>();
  const repeated = events.map((event) => event.eventId).filter((id) => seen.size === seen.add(id).size);
  if (repeated.length > 0) throw new EventIdConflict(stream, repeated);
}

/** `actual` is the revision of the stream's last event, -1 when it has none. */
export function revisionMatches(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual < 0;
  return expected === actual;
}

/**
 * Tells a retry from a conflict, given where the append's ids are stored: the
 * earlier append's result when every id is stored in this stream at
 * consecutive revisions in the order given, undefined when none is stored.
 *
 * @throws EventIdConflict when only some ids are stored, or stored elsewhere.
 */
export function earlierAppendResult(
  stream: string,
  events: readonly NewEvent[],
  stored: readonly StoredEventLocation[],
): AppendResult | undefined {
  if (stored.length === 0) return undefined;
  const byId = new Map(stored.map((location) => [location.eventId, location]));
  const inOrder = events.map((event) => byId.get(event.eventId));
  const [first] = inOrder;
  const last = inOrder[inOrder.length - 1];
  const isRetry =
    first !== undefined &&
    last !== undefined &&
    inOrder.every((location, index) => location?.stream === stream && location.streamRevision === first.streamRevision + index);
  if (!isRetry) throw new EventIdConflict(stream, stored.map((location) => location.eventId));
  return { nextRevision: last.streamRevision, position: last.position };
}
