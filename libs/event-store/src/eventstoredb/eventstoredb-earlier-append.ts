import { earlierAppendResult } from '../append-rules';
import type { AppendResult, NewEvent, StoredEvent } from '../event-store.port';

export { assertAppendable } from '../append-rules';

/**
 * Decides, after EventStoreDB refused an append, what the refusal means in our
 * port, from the events that carry the append's ids:
 * - none of them in this stream: a real conflict, undefined (the caller throws
 *   WrongExpectedVersion). Ids in other streams are ignored: the server keeps
 *   ids unique per stream only, so it cannot refuse them as the SQL stores do;
 * - all of them, at consecutive revisions in the order given: a retry of that
 *   earlier append, whose result is answered again;
 * - anything else (some ids, or another order): EventIdConflict.
 */
export function earlierAppend(
  stream: string,
  events: readonly NewEvent[],
  storedWithTheseIds: readonly StoredEvent[],
): AppendResult | undefined {
  return earlierAppendResult(stream, events, storedWithTheseIds.filter((event) => event.stream === stream));
}
