import { EventIdConflict } from '../event-store.errors';
import type { AppendResult, ExpectedRevision, NewEvent } from '../event-store.port';
import type { StoredEventId } from './sqlite-event-statements';

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

export function isEventIdViolation(error: unknown): boolean {
  return error instanceof Error && error.message.includes('UNIQUE constraint failed: events.event_id');
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
  storedIds: readonly StoredEventId[],
): AppendResult | undefined {
  if (storedIds.length === 0) return undefined;
  const byId = new Map(storedIds.map((row) => [row.eventId, row]));
  const stored = events.map((event) => byId.get(event.eventId));
  const [first] = stored;
  const last = stored[stored.length - 1];
  const isRetry =
    first !== undefined &&
    last !== undefined &&
    stored.every((row, index) => row?.stream === stream && row.streamRevision === first.streamRevision + index);
  if (!isRetry) throw new EventIdConflict(stream, storedIds.map((row) => row.eventId));
  return { nextRevision: last.streamRevision, position: last.position };
}
