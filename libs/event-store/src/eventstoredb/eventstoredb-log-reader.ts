import { END, START, type Position, type ReadPosition, type ResolvedEvent } from '@eventstore/db-client';
import type { StoredEvent } from '../event-store.port';
import { toUserEvent } from './eventstoredb-event.mapper';
import { checkpointPosition, comparePositions } from './eventstoredb-positions';

/** One page of $all as the client reads it: system records included, at most `maxCount`. */
export type AllPageReader = (from: ReadPosition, maxCount: number) => Promise<ResolvedEvent[]>;

/** One page of a stream read backwards from `fromRevision` (inclusive) or from its end. */
export type StreamPageReader = (fromRevision: number | undefined, maxCount: number) => Promise<StoredEvent[]>;

/**
 * Pages are counted in records, system records included, and a page may hold
 * nothing of ours: the loops below page on until they have what was asked.
 */
const LOG_PAGE_SIZE = 500;

/**
 * Our events after the exclusive checkpoint `fromPosition`, at most `limit`.
 * A forward read of $all from a position includes the record AT it, so each
 * page starts on the last record already seen and that record is skipped.
 */
export async function readAllAfter(
  readForwards: AllPageReader,
  fromPosition: number,
  limit: number,
  pageSize = LOG_PAGE_SIZE,
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let seen: Position | undefined = fromPosition === 0 ? undefined : checkpointPosition(fromPosition);
  let from: ReadPosition = seen ?? START;
  if (limit <= 0) return events;
  for (;;) {
    const page = await readForwards(from, pageSize);
    for (const record of page) {
      const position = recordPosition(record);
      if (seen !== undefined && comparePositions(position, seen) <= 0) continue;
      seen = position;
      const event = toUserEvent(record);
      if (event !== undefined) events.push(event);
      if (events.length >= limit) return events;
    }
    if (page.length < pageSize || seen === undefined) return events;
    from = seen;
  }
}

/**
 * The newest of our events, reading $all backwards past system records (the
 * server writes $stats and the like on its own, also on an idle store). A
 * backward read from a position returns only records before it.
 */
export async function newestUserEvent(readBackwards: AllPageReader, pageSize = LOG_PAGE_SIZE): Promise<StoredEvent | undefined> {
  let from: ReadPosition = END;
  for (;;) {
    const page = await readBackwards(from, pageSize);
    for (const record of page) {
      const event = toUserEvent(record);
      if (event !== undefined) return event;
    }
    if (page.length < pageSize) return undefined;
    from = recordPosition(page[page.length - 1]);
  }
}

/**
 * The events of a stream that carry one of `eventIds`, newest first. Scans
 * backwards because a retry usually repeats a recent append, and stops once
 * every id is found; an id that is not there costs a read of the whole stream.
 */
export async function findInStream(
  readBackwards: StreamPageReader,
  eventIds: ReadonlySet<string>,
  pageSize = LOG_PAGE_SIZE,
): Promise<StoredEvent[]> {
  const found: StoredEvent[] = [];
  const foundIds = new Set<string>();
  let from: number | undefined;
  for (;;) {
    const page = await readBackwards(from, pageSize);
    for (const event of page.filter((candidate) => eventIds.has(candidate.eventId))) {
      found.push(event);
      foundIds.add(event.eventId);
    }
    const oldest = page[page.length - 1];
    if (foundIds.size === eventIds.size || page.length < pageSize || oldest === undefined || oldest.streamRevision === 0) {
      return found;
    }
    from = oldest.streamRevision - 1;
  }
}

/** Where a record of $all lies; every record read from $all has a position. */
export function recordPosition(record: ResolvedEvent): Position {
  const position = record.event?.position ?? record.link?.position;
  if (position !== undefined) return position;
  if (record.commitPosition !== undefined) return { commit: record.commitPosition, prepare: record.commitPosition };
  throw new Error('EventStoreDB returned a record of $all without a position');
}
