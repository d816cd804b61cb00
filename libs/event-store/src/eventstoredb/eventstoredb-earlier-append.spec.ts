import { EventIdConflict } from '../event-store.errors';
import type { NewEvent, StoredEvent } from '../event-store.port';
import { assertAppendable, earlierAppend } from './eventstoredb-earlier-append';

const newEvent = (eventId: string): NewEvent => ({ eventId, type: 'noted', data: {} });

/** Stored at revision `revision` of `stream`; positions grow 100 bytes per revision. */
const stored = (eventId: string, revision: number, stream = 'mandate-1'): StoredEvent => ({
  eventId,
  type: 'noted',
  data: {},
  metadata: {},
  stream,
  streamRevision: revision,
  position: 1_000 + 100 * revision,
  recordedAt: '2025-01-01T00:00:00.000Z',
});

describe('earlierAppend', () => {
  const [a, b, c] = ['a', 'b', 'c'].map(newEvent);

  it('finds no earlier append when none of the ids is in the stream: the refusal stands', () => {
    expect(earlierAppend('mandate-1', [a, b], [])).toBeUndefined();
  });

  it('answers the result of the earlier append when all ids are stored in order at consecutive revisions', () => {
    // a and b took revisions 4 and 5: the earlier append ended at revision 5, position 1000 + 500.
    const result = earlierAppend('mandate-1', [a, b], [stored('b', 5), stored('a', 4)]);

    expect(result).toEqual({ nextRevision: 5, position: 1_500 });
  });

  it('refuses with EventIdConflict when only some ids are stored, naming those', () => {
    const attempt = () => earlierAppend('mandate-1', [b, c], [stored('b', 1)]);

    expect(attempt).toThrow(EventIdConflict);
    expect(attempt).toThrow(expect.objectContaining({ stream: 'mandate-1', eventIds: ['b'] }) as Error);
  });

  it('refuses with EventIdConflict when the ids are stored in another order or apart', () => {
    expect(() => earlierAppend('mandate-1', [a, b], [stored('a', 5), stored('b', 4)])).toThrow(EventIdConflict);
    expect(() => earlierAppend('mandate-1', [a, b], [stored('a', 4), stored('b', 6)])).toThrow(EventIdConflict);
  });

  it('ignores events of other streams that the lookup may hand it', () => {
    expect(earlierAppend('mandate-1', [a], [stored('a', 0, 'mandate-2')])).toBeUndefined();
  });
});

describe('assertAppendable', () => {
  it('refuses an empty append', () => {
    expect(() => assertAppendable('mandate-1', [])).toThrow(RangeError);
  });

  it('refuses an append that holds an id twice, which EventStoreDB would store twice', () => {
    const attempt = () => assertAppendable('mandate-1', ['a', 'b', 'a'].map(newEvent));

    expect(attempt).toThrow(EventIdConflict);
    expect(attempt).toThrow(expect.objectContaining({ eventIds: ['a'] }) as Error);
  });

  it('accepts distinct ids', () => {
    expect(() => assertAppendable('mandate-1', ['a', 'b'].map(newEvent))).not.toThrow();
  });
});
