import { Client } from 'pg';
import { postgresDataSourceOptions, runSchemaMigrations } from '@register/database';
import { DataSource } from 'typeorm';
import { eventStoreSchema } from '../event-store.schema';
import { WrongExpectedVersion } from '../event-store.errors';
import type { AppendResult } from '../event-store.port';
import { newEvent, newEvents } from '../testing/event-store-contract.helpers';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { createTestDatabase, randomSchemaName, type TestDatabase } from '../testing/postgres-test-database';
import { PostgresEventStore } from './postgres-event-store';
import { quoteIdentifier } from './postgres-event-schema';

/** One database for the contract suite, one schema per test: tests never share a log. */
const contractDatabase = createTestDatabase();
let latest: { url: string; schema: string } | undefined;
const latestConnection = (): { url: string; schema: string } => {
  if (!latest) throw new Error('open() has not been called yet');
  return latest;
};

describeEventStoreContract('postgres', {
  async open() {
    latest = { url: (await contractDatabase).url, schema: randomSchemaName() };
    return PostgresEventStore.open(latest);
  },
  reopen: () => PostgresEventStore.open(latestConnection()),
  childConnection: () => ({ kind: 'postgres', ...latestConnection() }),
});

// Here rather than in the harness's dispose, which Jest skips when a filter leaves no contract test to run.
afterAll(async () => {
  await (await contractDatabase).drop();
});

describe('PostgresEventStore', () => {
  let database: TestDatabase;
  let schema: string;
  const opened: { close(): Promise<unknown> }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => {
    schema = randomSchemaName();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((resource) => resource.close()));
  });
  afterAll(async () => {
    await database.drop();
  });

  const openStore = async (): Promise<PostgresEventStore> => {
    const store = await PostgresEventStore.open({ url: database.url, schema });
    opened.push(store);
    return store;
  };
  const openClient = async (): Promise<Client> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    opened.push({ close: () => client.end() });
    return client;
  };

  it('opens an existing schema again without touching its events, and carries on after them', async () => {
    const first = await openStore();
    await first.appendToStream('mandate-1', newEvents(2));
    await first.close();

    const second = await openStore();

    await expect(second.readStream('mandate-1')).resolves.toHaveLength(2);
    // Revisions 0 and 1 and positions 1 and 2 were taken by the first store.
    await expect(second.appendToStream('mandate-1', newEvents(1), { expectedRevision: 1 })).resolves.toEqual({ nextRevision: 2, position: 3 });
  });

  it('lets several stores create the same new schema at once', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore()));

    const results = await Promise.all(stores.map((store, index) => store.appendToStream(`stream-${index}`, newEvents(1))));

    expect(results.map((result) => result.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4]);
  });

  /** A DataSource of the caller's own in the test's schema, made as the service makes it (unless `migrated` is false). */
  const openDataSource = async ({ migrated = true } = {}): Promise<DataSource> => {
    const dataSource = new DataSource(postgresDataSourceOptions(database.url, 'register-test', eventStoreSchema('postgres'), schema));
    await dataSource.initialize();
    opened.push({ close: () => dataSource.destroy() });
    if (migrated) await runSchemaMigrations(dataSource);
    return dataSource;
  };

  it('refuses a DataSource whose database the migrations have not made, naming the command that makes it', async () => {
    const dataSource = await openDataSource({ migrated: false });
    await expect(PostgresEventStore.fromDataSource(dataSource, { schema })).rejects.toThrow(
      `"${schema}".events does not exist: run the register's migrations first (npm run cli -- migrate)`,
    );
  });

  it('works on a DataSource it did not create, leaves it open on close, and appends outside its transactions', async () => {
    const dataSource = await openDataSource();
    const store = await PostgresEventStore.fromDataSource(dataSource, { schema });

    // The append commits on a connection of its own even though the projection step around it rolls back.
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`CREATE TABLE ${quoteIdentifier(schema)}.checkpoints (name text PRIMARY KEY)`);
        await store.appendToStream('mandate-1', newEvents(1));
        throw new Error('projection step failed');
      }),
    ).rejects.toThrow('projection step failed');
    await store.close();

    expect(dataSource.isInitialized).toBe(true);
    await expect(dataSource.query(`SELECT count(*)::int AS events FROM ${quoteIdentifier(schema)}.events`)).resolves.toEqual([{ events: 1 }]);
  });

  it('refuses to run its append function in a transaction that has already written', async () => {
    await openStore();
    const client = await openClient();
    await client.query('BEGIN');
    await client.query(`CREATE TABLE ${quoteIdentifier(schema)}.other (id int)`);

    // Its transaction id would predate the critical section that orders ids with positions.
    await expect(
      client.query(`SELECT * FROM ${quoteIdentifier(schema)}.append_events('s', NULL, ARRAY['id-1'], ARRAY['T'], '[{}]', '[{}]')`),
    ).rejects.toMatchObject({ code: '25000', message: 'append_events must be the first write of its transaction' });
    await client.query('ROLLBACK');
  });

  it('leaves no advisory lock held after appends that succeed, conflict or repeat stored ids', async () => {
    const store = await openStore();
    const other = await openStore();
    const event = newEvent();
    await store.appendToStream('mandate-1', [event]);
    await expect(store.appendToStream('mandate-1', newEvents(1), { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(WrongExpectedVersion);
    await Promise.all([store.appendToStream('mandate-2', [newEvent()]), other.appendToStream('mandate-2', [event])]).catch(() => undefined);

    const client = await openClient();
    const { rows } = await client.query(`SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);

    expect(rows).toEqual([]);
  });

  it('answers both of two identical appends racing from two processes with the one result, storing the events once', async () => {
    const [first, second] = [await openStore(), await openStore()];
    await first.appendToStream('mandate-1', newEvents(1));
    const events = newEvents(3);

    for (let round = 0; round < 5; round += 1) {
      const retried = round === 0 ? events : newEvents(3);
      const results = await Promise.all([first, second].map((store) => store.appendToStream(`race-${round}`, retried)));
      expect(results[0]).toEqual<AppendResult>(results[1]);
      await expect(first.readStream(`race-${round}`)).resolves.toHaveLength(3);
    }
  });

  it('lets exactly one of several appends racing for a new stream win; the others see its revision', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore()));

    const outcomes = await Promise.allSettled(stores.map((store) => store.appendToStream('mandate-1', newEvents(2), { expectedRevision: 'no-stream' })));

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    // The winner wrote revisions 0 and 1.
    expect(outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ code: 'WRONG_EXPECTED_VERSION', actual: 1 })),
    );
  });

  it('keeps JSON that jsonb would refuse: a \\u0000 in a string', async () => {
    const store = await openStore();
    const event = newEvent({ text: 'before\u0000after' }, { note: '\u0000' });

    await store.appendToStream('mandate-1', [event]);

    await expect(store.readStream('mandate-1')).resolves.toMatchObject([{ data: { text: 'before\u0000after' }, metadata: { note: '\u0000' } }]);
  });

  it('runs the embedded test server with fsync and synchronous_commit on, as in production', async () => {
    // A server of the user's own (DATABASE_URL) is theirs to configure.
    if (process.env.DATABASE_URL) return;
    const client = await openClient();

    const { rows } = await client.query(`SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`);

    expect(rows).toEqual([{ fsync: 'on', synchronous_commit: 'on' }]);
  });
});
