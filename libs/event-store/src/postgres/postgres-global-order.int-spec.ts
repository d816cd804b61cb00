import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { EventSubscription, NewEvent, StoredEvent } from '../event-store.port';
import { consume, expectStrictlyIncreasing } from '../testing/event-store-contract.helpers';
import { createTestDatabase, randomSchemaName, type TestDatabase } from '../testing/postgres-test-database';
import { PostgresEventStore } from './postgres-event-store';
import { quoteIdentifier } from './postgres-event-schema';

/**
 * The global order under concurrency: a subscriber's checkpoint must never
 * pass an event that commits after events with higher positions.
 */
describe('PostgresEventStore global order', () => {
  let database: TestDatabase;
  let schema: string;
  const stores: PostgresEventStore[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });
  beforeEach(() => {
    schema = randomSchemaName();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await Promise.all(clients.splice(0).map((client) => client.end()));
  });

  const openStore = async (): Promise<PostgresEventStore> => {
    const store = await PostgresEventStore.open({ url: database.url, schema });
    stores.push(store);
    return store;
  };

  /** A raw connection that calls the store's own append function inside a transaction it commits when told. */
  const openLateWriter = async () => {
    const client = new Client({ connectionString: database.url });
    clients.push(client);
    await client.connect();
    await client.query('BEGIN');
    const { rows } = await client.query<{ last_position: string }>(
      `SELECT last_position FROM ${quoteIdentifier(schema)}.append_events($1, NULL, $2, $3, $4, $5)`,
      ['late', ['late-1'], ['LateCommitted'], '[{"late":true}]', '[{}]'],
    );
    return { position: Number(rows[0].last_position), commit: () => client.query('COMMIT') };
  };

  test('a subscriber waits for an append that reserved a lower position and commits late, then gets every event once', async () => {
    const store = await openStore();
    const reads = recordSubscriptionReads(store);
    const subscriber = collect(store.subscribeToAll());
    const late = await openLateWriter();
    for (let index = 0; index < 20; index += 1) await store.appendToStream(`early-${index}`, [event(`early-${index}`)]);
    reads.markAppendsDone();
    // The barrier: the subscriber has read the log twice since all 20 committed (woken by them, then polling on its own).
    await waitUntil(() => reads.afterAppends().length >= 2);
    const deliveredBeforeCommit = subscriber.events.length;
    expect(reads.afterAppends().map((batch) => batch.length)).toEqual(reads.afterAppends().map(() => 0));

    await late.commit();
    await waitUntil(() => subscriber.events.length >= 21);
    await subscriber.stop();

    // The late event holds position 1: everything after it must wait for it.
    expect(late.position).toBe(1);
    expect(deliveredBeforeCommit).toBe(0);
    expect(subscriber.events.map((stored) => stored.position)).toEqual(range(1, 21));
    expect(subscriber.events[0]).toMatchObject({ eventId: 'late-1', stream: 'late', data: { late: true } });
  });

  test('readAll started while an append commits late waits for it rather than answer with a gap', async () => {
    const store = await openStore();
    const late = await openLateWriter();
    await store.appendToStream('early', [event('early-1'), event('early-2')]);

    const settledChecks = recordSettledChecks(store);
    let answered = false;
    const reading = store.readAll().then((events) => {
      answered = true;
      return events;
    });
    // The barrier: readAll has twice found position 1 unsettled, so it is waiting for it rather than answering.
    await waitUntil(() => settledChecks.filter((settled) => !settled).length >= 2);
    const answeredBeforeCommit = answered;
    await late.commit();

    expect(answeredBeforeCommit).toBe(false);
    expect((await reading).map((stored) => stored.eventId)).toEqual(['late-1', 'early-1', 'early-2']);
    await expect(store.headPosition()).resolves.toBe(3);
  });

  test('8 writers appending concurrently: live subscribers in this and another process get every event once, in order', async () => {
    const writers = 8;
    const appendsPerWriter = 150;
    const store = await openStore();
    const otherProcess = await openStore();
    const local = collect(store.subscribeToAll());
    const remote = collect(otherProcess.subscribeToAll());

    const appendAll = async (writer: number): Promise<number> => {
      let written = 0;
      for (let index = 0; index < appendsPerWriter; index += 1) {
        // Every tenth append is a batch of 5 to a shared stream under `any`, racing the other writers for its revisions.
        const batch = index % 10 === 9;
        const events = Array.from({ length: batch ? 5 : 1 }, (_, item) => event(`w${writer}-${index}-${item}`));
        // Before append `index`, the writer's own stream holds one event per earlier single append.
        const ownRevision = index - Math.floor(index / 10) - 1;
        const expectedRevision = batch ? 'any' : ownRevision < 0 ? 'no-stream' : ownRevision;
        await store.appendToStream(batch ? 'shared' : `writer-${writer}`, events, { expectedRevision });
        written += events.length;
      }
      return written;
    };
    const total = (await Promise.all(range(0, writers - 1).map(appendAll))).reduce((sum, count) => sum + count, 0);
    await waitUntil(() => local.events.length >= total && remote.events.length >= total, 20_000);
    await Promise.all([local.stop(), remote.stop()]);

    const logged = await store.readAll();
    expect(logged).toHaveLength(total);
    expectStrictlyIncreasing(logged.map((stored) => stored.position));
    expect(local.events.map((stored) => stored.eventId)).toEqual(logged.map((stored) => stored.eventId));
    expect(remote.events.map((stored) => stored.eventId)).toEqual(logged.map((stored) => stored.eventId));
    await expect(transactionOrderInversions()).resolves.toBe(0);
  }, 60_000);

  /** Pairs of neighbouring events whose transaction ids run against their positions: what the critical section prevents. */
  const transactionOrderInversions = async (): Promise<number> => {
    const client = new Client({ connectionString: database.url });
    clients.push(client);
    await client.connect();
    const { rows } = await client.query<{ inversions: string }>(
      `SELECT count(*) AS inversions FROM (
         SELECT transaction_id, lag(transaction_id) OVER (ORDER BY position) AS previous FROM ${quoteIdentifier(schema)}.events
       ) ordered WHERE transaction_id < previous`,
    );
    return Number(rows[0].inversions);
  };
});

function event(eventId: string): NewEvent {
  return { eventId, type: 'Tested', data: { eventId } };
}

function collect(subscription: EventSubscription) {
  const { received, done } = consume(subscription);
  return {
    events: received,
    stop: async () => {
      await subscription.stop();
      await done;
    },
  };
}

/** Fails the test when `condition` does not hold within `timeoutMs`: a barrier, not a guess at how long something takes. */
async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${condition.toString()}`);
    await sleep(10);
  }
}

type StoreInternals = {
  readForSubscription(after: number, limit: number): Promise<StoredEvent[]>;
  statements: { isSettled(position: number): Promise<boolean> };
};

/** What each of the store's subscription reads returned, split at the moment the test's appends were done. */
function recordSubscriptionReads(store: PostgresEventStore) {
  const internals = store as unknown as StoreInternals;
  const read = internals.readForSubscription.bind(store);
  const after: StoredEvent[][] = [];
  let appendsDone = false;
  jest.spyOn(internals, 'readForSubscription').mockImplementation(async (from, limit) => {
    const startedAfterAppends = appendsDone;
    const batch = await read(from, limit);
    if (startedAfterAppends) after.push(batch);
    return batch;
  });
  return { markAppendsDone: () => void (appendsDone = true), afterAppends: () => after };
}

/** The answers of the store's check whether a position has committed, in order. */
function recordSettledChecks(store: PostgresEventStore): boolean[] {
  const { statements } = store as unknown as StoreInternals;
  const check = statements.isSettled.bind(statements);
  const answers: boolean[] = [];
  jest.spyOn(statements, 'isSettled').mockImplementation(async (position) => {
    const settled = await check(position);
    answers.push(settled);
    return settled;
  });
  return answers;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
