import { expectStrictlyIncreasing, idsOf, newEvent, newEvents } from './event-store-contract.helpers';
import { type EventStoreHarness, useContractContext } from './event-store.harness';

const ISO_UTC_WITH_MILLISECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** A store on another machine (EventStoreDB) stamps events with its own clock. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function describeReadingContract(harness: EventStoreHarness): void {
  describe('reading a stream', () => {
    const context = useContractContext(harness);

    async function streamOfFive(): Promise<string> {
      const stream = context.stream('five');
      await context.store.appendToStream(stream, newEvents(2), { expectedRevision: 'no-stream' });
      await context.store.appendToStream(context.stream('neighbour'), newEvents(1));
      await context.store.appendToStream(stream, newEvents(3), { expectedRevision: 1 });
      return stream;
    }

    const revisions = async (stream: string, options?: Parameters<typeof context.store.readStream>[1]) =>
      (await context.store.readStream(stream, options)).map((event) => event.streamRevision);

    it('reads forwards from the start, from a revision and up to a limit', async () => {
      const stream = await streamOfFive();

      await expect(revisions(stream)).resolves.toEqual([0, 1, 2, 3, 4]);
      await expect(revisions(stream, { fromRevision: 2 })).resolves.toEqual([2, 3, 4]);
      await expect(revisions(stream, { limit: 2 })).resolves.toEqual([0, 1]);
      await expect(revisions(stream, { fromRevision: 1, limit: 2 })).resolves.toEqual([1, 2]);
      await expect(revisions(stream, { fromRevision: 5 })).resolves.toEqual([]);
    });

    it('reads backwards from the end, from a revision and up to a limit', async () => {
      const stream = await streamOfFive();

      await expect(revisions(stream, { direction: 'backwards' })).resolves.toEqual([4, 3, 2, 1, 0]);
      await expect(revisions(stream, { direction: 'backwards', fromRevision: 2 })).resolves.toEqual([2, 1, 0]);
      await expect(revisions(stream, { direction: 'backwards', limit: 2 })).resolves.toEqual([4, 3]);
      await expect(revisions(stream, { direction: 'backwards', fromRevision: 3, limit: 2 })).resolves.toEqual([3, 2]);
    });

    it('reads an unknown stream as empty', async () => {
      await expect(context.store.readStream(context.stream('never-written'))).resolves.toEqual([]);
    });

    it('gives back type, data, stream and an empty metadata object when none was given', async () => {
      const stream = context.stream('plain');
      const event = newEvent({ mandateId: 'm-1', amount: 5000, tags: ['a', 'b'], revoked: false, parent: null });
      await context.store.appendToStream(stream, [event]);

      await expect(context.store.readStream(stream)).resolves.toMatchObject([
        { eventId: event.eventId, type: event.type, data: event.data, metadata: {}, stream, streamRevision: 0 },
      ]);
    });
  });

  describe('reading the global log', () => {
    const context = useContractContext(harness);

    async function interleavedAppends(): Promise<string[]> {
      const appends = [
        { stream: context.stream('a'), events: newEvents(1, 'a0') },
        { stream: context.stream('b'), events: newEvents(2, 'b0-b1') },
        { stream: context.stream('a'), events: newEvents(1, 'a1') },
        { stream: context.stream('c'), events: newEvents(3, 'c0-c2') },
      ];
      for (const { stream, events } of appends) await context.store.appendToStream(stream, events);
      return appends.flatMap(({ events }) => idsOf(events));
    }

    it('returns every event exactly once, in commit order, at strictly increasing positions', async () => {
      const committed = await interleavedAppends();

      const log = await context.readOwn();

      expect(idsOf(log)).toEqual(committed);
      expectStrictlyIncreasing(log.map((event) => event.position));
      await expect(context.store.headPosition()).resolves.toBe(log[log.length - 1].position);
    });

    it('reads after an exclusive fromPosition and up to a limit', async () => {
      const committed = await interleavedAppends();
      const log = await context.readOwn();

      const own = (ids: string[]) => ids.filter((id) => committed.includes(id));

      const afterFirst = await context.store.readAll({ fromPosition: log[0].position });
      const afterFirstTwo = await context.store.readAll({ fromPosition: log[0].position, limit: 2 });
      const pastTheEnd = await context.store.readAll({ fromPosition: log[log.length - 1].position });

      expect(own(idsOf(afterFirst))).toEqual(committed.slice(1));
      expect(afterFirstTwo).toEqual(afterFirst.slice(0, 2));
      expect(own(idsOf(pastTheEnd))).toEqual([]);
    });

    it('starts an empty store at head position 0 with an empty log', async () => {
      // A shared log (EventStoreDB) is never empty: there the baseline is whatever head it had.
      const expected = harness.capabilities?.sharedLog ? context.baseline : 0;
      await expect(context.store.headPosition()).resolves.toBe(expected);
      await expect(context.readOwn()).resolves.toEqual([]);
    });

    it('stamps recordedAt itself, as UTC with milliseconds, ignoring a recordedAt in the metadata', async () => {
      const forged = '1999-12-31T23:59:59.999Z';
      const before = Date.now();
      await context.store.appendToStream(context.stream('stamped'), [newEvent({}, { recordedAt: forged, actor: 'ambtenaar-1' })]);
      const after = Date.now();

      const [stored] = await context.readOwn();

      expect(stored.recordedAt).toMatch(ISO_UTC_WITH_MILLISECONDS);
      expect(stored.recordedAt).not.toBe(forged);
      expect(Date.parse(stored.recordedAt)).toBeGreaterThanOrEqual(before - CLOCK_SKEW_MS);
      expect(Date.parse(stored.recordedAt)).toBeLessThanOrEqual(after + CLOCK_SKEW_MS);
      expect(stored.metadata).toMatchObject({ actor: 'ambtenaar-1' });
    });
  });
}
