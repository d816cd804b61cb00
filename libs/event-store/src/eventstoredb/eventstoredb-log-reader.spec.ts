import { END, START, jsonEvent, type ReadPosition, type ResolvedEvent } from '@eventstore/db-client';
import type { StoredEvent } from '../event-store.port';
import { toEventData } from './eventstoredb-event.mapper';
import { findInStream, newestUserEvent, readAllAfter, recordPosition } from './eventstoredb-log-reader';
import { comparePositions } from './eventstoredb-positions';
import { readBack } from './eventstoredb-recorded-event.fixture';

/**
 * A $all of `shape` ('u' one of our events, 's' a system record), one record
 * every 100 bytes from position 100. Forward reads include the record at the
 * start position, as EventStoreDB's AllReader does, unless `inclusive` is
 * false; backward reads return records before the position.
 */
function fakeLog(shape: string, { inclusive = true } = {}) {
  const records = [...shape].map((kind, index): ResolvedEvent => {
    const position = BigInt(100 * (index + 1));
    return kind === 'u'
      ? readBack(toEventData({ eventId: `ours-${index}`, type: 'noted', data: { index } }), { stream: 'mandate-1', revision: index, position })
      : readBack(jsonEvent({ type: '$statsCollected', data: {} }), { stream: '$stats-node', revision: index, position });
  });
  const reads: ReadPosition[] = [];
  const at = (record: ResolvedEvent) => recordPosition(record);
  return {
    reads,
    forwards: async (from: ReadPosition, maxCount: number) => {
      reads.push(from);
      const after = (record: ResolvedEvent) => from === START || comparePositions(at(record), from as never) >= (inclusive ? 0 : 1);
      return records.filter(after).slice(0, maxCount);
    },
    backwards: async (from: ReadPosition, maxCount: number) => {
      reads.push(from);
      const before = (record: ResolvedEvent) => from === END || comparePositions(at(record), from as never) < 0;
      return records.filter(before).reverse().slice(0, maxCount);
    },
  };
}

const ids = (events: readonly StoredEvent[]) => events.map((event) => event.eventId);

describe('readAllAfter', () => {
  it('gives every event of ours in log order and no system record', async () => {
    const log = fakeLog('susuus');

    await expect(readAllAfter(log.forwards, 0, Infinity).then(ids)).resolves.toEqual(['ours-1', 'ours-3', 'ours-4']);
  });

  it('starts after the checkpoint, although the server includes the checkpoint record', async () => {
    const log = fakeLog('uuuu');

    // ours-1 is at position 200: it is the checkpoint, not part of the answer.
    await expect(readAllAfter(log.forwards, 200, Infinity).then(ids)).resolves.toEqual(['ours-2', 'ours-3']);
  });

  it('gives the same answer from a server that would not include the checkpoint record', async () => {
    const log = fakeLog('uuuu', { inclusive: false });

    await expect(readAllAfter(log.forwards, 200, Infinity).then(ids)).resolves.toEqual(['ours-2', 'ours-3']);
  });

  it('pages on through long runs of system records without repeating the record a page starts on', async () => {
    const log = fakeLog(`u${'s'.repeat(10)}uu${'s'.repeat(7)}u`);

    const events = await readAllAfter(log.forwards, 0, Infinity, 3);

    expect(ids(events)).toEqual(['ours-0', 'ours-11', 'ours-12', 'ours-20']);
    expect(log.reads.length).toBeGreaterThan(5);
  });

  it('stops at the limit, counting only our events', async () => {
    const log = fakeLog('ssusssuuu');

    await expect(readAllAfter(log.forwards, 0, 2, 3).then(ids)).resolves.toEqual(['ours-2', 'ours-6']);
  });

  it('answers a limit of 0 without reading', async () => {
    const log = fakeLog('uu');

    await expect(readAllAfter(log.forwards, 0, 0)).resolves.toEqual([]);
    expect(log.reads).toEqual([]);
  });
});

describe('newestUserEvent', () => {
  it('finds our newest event behind pages of system records', async () => {
    const log = fakeLog(`uus${'s'.repeat(12)}`);

    await expect(newestUserEvent(log.backwards, 4)).resolves.toMatchObject({ eventId: 'ours-1', position: 200 });
  });

  it('answers undefined on a log of system records only', async () => {
    const log = fakeLog('sssssss');

    await expect(newestUserEvent(log.backwards, 3)).resolves.toBeUndefined();
  });
});

describe('findInStream', () => {
  const stream = Array.from({ length: 10 }, (_, revision) => ({ eventId: `e${revision}`, streamRevision: revision }) as StoredEvent);
  const pages: (number | undefined)[] = [];
  const readBackwards = async (fromRevision: number | undefined, maxCount: number) => {
    pages.push(fromRevision);
    const from = fromRevision ?? stream.length - 1;
    return stream.slice(0, from + 1).reverse().slice(0, maxCount);
  };

  beforeEach(() => {
    pages.length = 0;
  });

  it('stops as soon as every id is found, reading newest first', async () => {
    const found = await findInStream(readBackwards, new Set(['e8', 'e6']), 3);

    // Pages of three: revisions 9-7 hold e8, 6-4 hold e6; 3-0 are never read.
    expect(ids(found)).toEqual(['e8', 'e6']);
    expect(pages).toEqual([undefined, 6]);
  });

  it('reads the whole stream, page by page, when an id is not there', async () => {
    const found = await findInStream(readBackwards, new Set(['e1', 'missing']), 3);

    expect(ids(found)).toEqual(['e1']);
    expect(pages).toEqual([undefined, 6, 3, 0]);
  });
});
