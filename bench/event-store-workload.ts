import type { EventStore, ExpectedRevision, NewEvent } from '@register/event-store';
import type { PlannedEvent } from './payload';

/**
 * The workloads run through the EventStore port, the same for every adapter,
 * so SQLite and PostgreSQL figures differ only by what the adapter does.
 */

/** One append per planned event, one after the other, as a single command handler would. */
export async function appendEach(store: EventStore, planned: readonly PlannedEvent[]): Promise<void> {
  for (const { stream, revision, event } of planned) {
    await store.appendToStream(stream, [event], { expectedRevision: expectedBefore(revision) });
  }
}

/** Appends runs of one stream's consecutive events together, at most `size` per append. */
export async function appendInBatches(store: EventStore, planned: readonly PlannedEvent[], size: number): Promise<void> {
  let start = 0;
  while (start < planned.length) {
    const { stream, revision } = planned[start];
    let end = start + 1;
    while (end < planned.length && end - start < size && planned[end].stream === stream) end += 1;
    const events: NewEvent[] = planned.slice(start, end).map((p) => p.event);
    await store.appendToStream(stream, events, { expectedRevision: expectedBefore(revision) });
    start = end;
  }
}

/** Every writer appends its own events one by one; the writers run at the same time. */
export async function appendConcurrently(store: EventStore, writers: readonly PlannedEvent[][]): Promise<void> {
  await Promise.all(writers.map((planned) => appendEach(store, planned)));
}

/**
 * Pages through the whole log in position order, the way a projector catching
 * up does, and returns how many events it saw. Positions must grow, or the
 * read would not be the ordered log it claims to be.
 */
export async function readWholeLog(store: EventStore, pageSize: number): Promise<number> {
  let fromPosition = 0;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition, limit: pageSize });
    for (const event of page) {
      if (event.position <= fromPosition) throw new Error(`readAll went back from ${fromPosition} to ${event.position}`);
      fromPosition = event.position;
    }
    count += page.length;
    if (page.length < pageSize) return count;
  }
}

function expectedBefore(revision: number): ExpectedRevision {
  return revision === 0 ? 'no-stream' : revision - 1;
}
