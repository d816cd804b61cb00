import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { newEvents } from '../testing/event-store-contract.helpers';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING ?? '';

if (connectionString === '') {
  // Skipped, and shown as skipped rather than passed: no EventStoreDB server can
  // run on the development machines (no container engine, no server package),
  // so the suite only runs where EVENTSTORE_CONNECTION_STRING names a server,
  // e.g. esdb://localhost:2113?tls=false. The unit specs beside this file cover
  // the mappings without one.
  process.stderr.write('EventStoreDB contract: skipped because EVENTSTORE_CONNECTION_STRING is not set\n');
  describe('eventstoredb event store contract', () => {
    // Skipped on purpose, not hidden: no EventStoreDB server runs here (see above); CI with a server sets the variable.
    it.skip('EventStoreDB contract: skipped because EVENTSTORE_CONNECTION_STRING is not set', () => undefined);
  });
} else {
  // A server keeps its log: every test gets streams of its own and reads only those (sharedLog).
  describeEventStoreContract('eventstoredb', {
    open: () => EventStoreDbEventStore.open({ connectionString }),
    reopen: () => EventStoreDbEventStore.open({ connectionString }),
    childConnection: () => ({ kind: 'eventstoredb', connectionString }),
    capabilities: { sharedLog: true },
  });

  describe('EventStoreDbEventStore on a server', () => {
    let store: EventStoreDbEventStore;
    let client: EventStoreDBClient;
    const stream = (label: string) => `eventstoredb-${randomUUID()}-${label}`;

    beforeEach(async () => {
      store = await EventStoreDbEventStore.open({ connectionString });
      client = EventStoreDBClient.connectionString(connectionString);
    });

    afterEach(async () => {
      await Promise.all([store.close(), client.dispose()]);
    });

    it('gives each event of one append its own position, so a checkpoint inside an append loses nothing', async () => {
      const name = stream('together');
      const events = newEvents(3);
      await store.appendToStream(name, events);
      const stored = await store.readStream(name);

      // Distinct positions: reading after the first event's position gives the other two.
      const afterFirst = (await store.readAll({ fromPosition: stored[0].position })).filter((event) => event.stream === name);

      expect(new Set(stored.map((event) => event.position)).size).toBe(3);
      expect(afterFirst.map((event) => event.eventId)).toEqual([events[1].eventId, events[2].eventId]);
    });

    it('reads an event another client wrote under its UUID, with its own metadata', async () => {
      const name = stream('foreign');
      const foreign = jsonEvent({ id: randomUUID(), type: 'imported', data: { a: 1 }, metadata: { source: 'elsewhere' } });
      await client.appendToStream(name, foreign);

      await expect(store.readStream(name)).resolves.toMatchObject([{ eventId: foreign.id, metadata: { source: 'elsewhere' } }]);
    });

    it('leaves $-typed events out of the log and of the head position', async () => {
      const name = stream('noisy');
      const { position } = await store.appendToStream(name, newEvents(1));
      await client.appendToStream(name, jsonEvent({ type: '$noise', data: {} }));

      await expect(store.headPosition()).resolves.toBe(position);
      await expect(store.readAll({ fromPosition: position })).resolves.not.toContainEqual(
        expect.objectContaining({ stream: name }),
      );
    });
  });
}
