import { EventIdConflict } from '../event-store.errors';
import type { AppendResult, ExpectedRevision, NewEvent } from '../event-store.port';
import type { StoredEventId } from './postgres-event-statements';

/** What an append must satisfy before it reaches the database. */
export function assertAppendable(stream: string, events: readonly NewEvent[]): void {
  if (events.length === 0) throw new RangeError(`An append to ${stream} needs at least one event`);
  if (events.length === 1) return;
  const seen = new Set<string>();
  const repeated = events.map((event) => event.eventId).filter((id) => seen.size === seen.add(id).size);
  if (repeated.length > 0) throw new EventIdConflict(stream, repeated);
}

/**
 * The result of the earlier append when every id is stored in this stream, at
 * consecutive revisions in the order given; undefined when none is stored.
 *
 * @throws EventIdConflict when only some are, or they are elsewhere.
 */
export function earlierAppendResult(stream: string, events: readonly NewEvent[], stored: readonly StoredEventId[]): AppendResult | undefined {
  if (stored.length === 0) return undefined;
  const byId = new Map(stored.map((row) => [row.eventId, row]));
  const inOrder = events.map((event) => byId.get(event.eventId));
  const first = inOrder[0];
  const isRetry =
    first !== undefined && inOrder.every((row, index) => row?.stream === stream && row.streamRevision === first.streamRevision + index);
  if (!isRetry) throw new EventIdConflict(stream, stored.map((row) => row.eventId));
  const last = inOrder[inOrder.length - 1] ?? first;
  return { nextRevision: last.streamRevision, position: last.position };
}

/** The append function's encoding: NULL any, -1 no stream (the revision of an empty stream), n exact. */
export function toSqlExpected(expected: ExpectedRevision): number | null {
  if (expected === 'any') return null;
  if (expected === 'no-stream') return -1;
  return expected;
}
