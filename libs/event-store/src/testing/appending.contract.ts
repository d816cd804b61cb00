import { EventIdConflict, WrongExpectedVersion } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';
import { newEvents } from './event-store-contract.helpers';
import { type EventStoreHarness, useContractContext } from './event-store.harness';

export function describeAppendingContract(harness: EventStoreHarness): void {
  describe('appending with an expected revision', () => {
    const context = useContractContext(harness);

    it('answers the revision and global position of the last event of each append', async () => {
      const stream = context.stream('grown');
      const first = await context.store.appendToStream(stream, newEvents(2), { expectedRevision: 'no-stream' });
      const second = await context.store.appendToStream(stream, newEvents(1), { expectedRevision: 1 });
      const third = await context.store.appendToStream(stream, newEvents(1), { expectedRevision: 'any' });
      const stored = await context.readOwn();

      // Two events take revisions 0 and 1, so the next append expects 1.
      expect([first.nextRevision, second.nextRevision, third.nextRevision]).toEqual([1, 2, 3]);
      expect([first.position, second.position, third.position]).toEqual([1, 2, 3].map((index) => stored[index].position));
    });

    it.each<[string, ExpectedRevision]>([
      ['no-stream on a stream that exists', 'no-stream'],
      ['an exact revision one behind the last event', 0],
      ['an exact revision one past the last event', 2],
    ])('refuses %s with WrongExpectedVersion and writes nothing', async (_, expectedRevision) => {
      const stream = context.stream('existing');
      await context.store.appendToStream(stream, newEvents(2), { expectedRevision: 'no-stream' });
      const before = await context.readOwn();

      const attempt = context.store.appendToStream(stream, newEvents(3), { expectedRevision });

      await expect(attempt).rejects.toThrow(WrongExpectedVersion);
      // The stream holds revisions 0 and 1: its last revision is 1.
      await expect(attempt).rejects.toMatchObject({ code: 'WRONG_EXPECTED_VERSION', stream, expected: expectedRevision, actual: 1 });
      await expect(context.readOwn()).resolves.toEqual(before);
      await expect(context.store.readStream(stream)).resolves.toEqual(before);
    });

    it('refuses an exact revision on a stream that does not exist and creates no stream', async () => {
      const stream = context.stream('missing');

      const attempt = context.store.appendToStream(stream, newEvents(2), { expectedRevision: 0 });

      await expect(attempt).rejects.toThrow(WrongExpectedVersion);
      await expect(attempt).rejects.toMatchObject({ stream, expected: 0, actual: 'no-stream' });
      await expect(context.store.readStream(stream)).resolves.toEqual([]);
      await expect(context.readOwn()).resolves.toEqual([]);
    });
  });

  describe('appending event ids that are already stored', () => {
    const context = useContractContext(harness);

    it('answers the original result and writes nothing, even with a now stale expected revision', async () => {
      const stream = context.stream('retried');
      const events = newEvents(2);
      const original = await context.store.appendToStream(stream, events, { expectedRevision: 'no-stream' });
      await context.store.appendToStream(stream, newEvents(1), { expectedRevision: 1 });
      const before = await context.readOwn();

      // The stream is at revision 2 now: 'no-stream' and 0 are stale, yet each retry answers the first result.
      await expect(context.store.appendToStream(stream, events, { expectedRevision: 'no-stream' })).resolves.toEqual(original);
      await expect(context.store.appendToStream(stream, events, { expectedRevision: 0 })).resolves.toEqual(original);
      await expect(context.store.appendToStream(stream, events, { expectedRevision: 'any' })).resolves.toEqual(original);
      await expect(context.readOwn()).resolves.toEqual(before);
    });

    it('refuses stored ids mixed with new ones with EventIdConflict and writes nothing', async () => {
      const stream = context.stream('overlapping');
      const [first, second, third] = newEvents(3);
      await context.store.appendToStream(stream, [first, second]);
      const before = await context.readOwn();

      const attempt = context.store.appendToStream(stream, [second, third]);

      await expect(attempt).rejects.toThrow(EventIdConflict);
      await expect(attempt).rejects.toMatchObject({ code: 'EVENT_ID_CONFLICT', eventIds: [second.eventId] });
      await expect(context.readOwn()).resolves.toEqual(before);
    });

    it('refuses ids stored in another stream with EventIdConflict and writes nothing', async () => {
      const events = newEvents(2);
      await context.store.appendToStream(context.stream('first-home'), events);
      const before = await context.readOwn();

      const attempt = context.store.appendToStream(context.stream('second-home'), events);

      await expect(attempt).rejects.toThrow(EventIdConflict);
      await expect(context.store.readStream(context.stream('second-home'))).resolves.toEqual([]);
      await expect(context.readOwn()).resolves.toEqual(before);
    });

    it('refuses an append that repeats an id within itself with EventIdConflict and writes nothing', async () => {
      const stream = context.stream('self-repeating');
      const [first, second] = newEvents(2);

      const attempt = context.store.appendToStream(stream, [first, second, first]);

      await expect(attempt).rejects.toThrow(EventIdConflict);
      await expect(context.store.readStream(stream)).resolves.toEqual([]);
      await expect(context.readOwn()).resolves.toEqual([]);
    });
  });
}
