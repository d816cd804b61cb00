import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSchemaMigrations, sqliteDataSourceOptions } from '@register/database';
import { DataSource } from 'typeorm';
import { eventStoreSchema } from '../event-store.schema';
import { newEvents } from '../testing/event-store-contract.helpers';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

// Created by the first test that runs, so a filtered run leaves no empty directory behind.
let directory: string | undefined;
let files = 0;
let latestFile = '';

describeEventStoreContract('sqlite', {
  async open() {
    directory ??= await mkdtemp(join(tmpdir(), 'sqlite-event-store-'));
    files += 1;
    latestFile = join(directory, `store-${files}.sqlite`);
    return SqliteEventStore.open({ file: latestFile });
  },
  reopen: () => SqliteEventStore.open({ file: latestFile }),
  childConnection: () => ({ kind: 'sqlite', file: latestFile }),
  async dispose() {
    if (directory) await rm(directory, { recursive: true, force: true });
  },
});

describe('SqliteEventStore', () => {
  let ownDirectory: string | undefined;
  let file: string;
  let tests = 0;
  const opened: { close(): Promise<unknown> }[] = [];

  beforeEach(async () => {
    ownDirectory ??= await mkdtemp(join(tmpdir(), 'sqlite-event-store-'));
    tests += 1;
    file = join(ownDirectory, `not-yet-there-${tests}`, 'data', 'register.sqlite');
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((resource) => resource.close()));
  });

  afterAll(async () => {
    if (ownDirectory) await rm(ownDirectory, { recursive: true, force: true });
  });

  async function openStore(): Promise<SqliteEventStore> {
    const store = await SqliteEventStore.open({ file });
    opened.push(store);
    return store;
  }

  /** A DataSource of the caller's own, made as the service makes it: the event log's migrations run on it. */
  async function openDataSource({ migrated = true } = {}): Promise<DataSource> {
    const dataSource = new DataSource(sqliteDataSourceOptions(file, eventStoreSchema('sqlite')));
    await dataSource.initialize();
    opened.push({ close: () => dataSource.destroy() });
    if (migrated) await runSchemaMigrations(dataSource);
    return dataSource;
  }

  it('creates missing parent directories and sets durable, shareable pragmas', async () => {
    await openStore();
    const dataSource = await openDataSource();
    const store = await SqliteEventStore.fromDataSource(dataSource);
    opened.push(store);
    const pragma = (name: string) => dataSource.query(`PRAGMA ${name}`);

    // synchronous 2 is FULL; journal_mode is kept in the file, the rest is per connection.
    await expect(pragma('journal_mode')).resolves.toEqual([{ journal_mode: 'wal' }]);
    await expect(pragma('synchronous')).resolves.toEqual([{ synchronous: 2 }]);
    await expect(pragma('busy_timeout')).resolves.toEqual([{ timeout: 5000 }]);
    await expect(pragma('foreign_keys')).resolves.toEqual([{ foreign_keys: 1 }]);
  });

  it('opens an existing file again without touching its events', async () => {
    const first = await openStore();
    await first.appendToStream('mandate-1', newEvents(2));
    await first.close();

    const second = await openStore();

    await expect(second.readStream('mandate-1')).resolves.toHaveLength(2);
  });

  it('refuses a DataSource whose database the migrations have not made, naming the command that makes it', async () => {
    const dataSource = await openDataSource({ migrated: false });
    await expect(SqliteEventStore.fromDataSource(dataSource)).rejects.toThrow(/has no events table: run the register's migrations first \(npm run cli -- migrate\)/);
  });

  it('leaves a DataSource it did not create open on close', async () => {
    const dataSource = await openDataSource();
    const store = await SqliteEventStore.fromDataSource(dataSource);
    await store.appendToStream('mandate-1', newEvents(1));

    await store.close();

    expect(dataSource.isInitialized).toBe(true);
    await expect(dataSource.query('SELECT COUNT(*) AS events FROM events')).resolves.toEqual([{ events: 1 }]);
  });

  it('waits for a TypeORM transaction on the shared connection instead of joining it', async () => {
    const dataSource = await openDataSource();
    const store = await SqliteEventStore.fromDataSource(dataSource);
    opened.push(store);
    await dataSource.query('CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL)');

    // Barriers, not timers: the step holds its transaction open until the append has been asked for.
    let stepIsOpen!: () => void;
    let failStep!: () => void;
    const open = new Promise<void>((resolve) => (stepIsOpen = resolve));
    const fail = new Promise<void>((resolve) => (failStep = resolve));
    const rolledBack = dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO checkpoints VALUES ('projector', 1)`);
      stepIsOpen();
      await fail;
      throw new Error('projection step failed');
    });
    await open;
    let appended = false;
    const append = store.appendToStream('mandate-1', newEvents(1)).finally(() => (appended = true));
    // Let the append run as far as it can while the step is open: it must wait, not commit inside the step.
    await new Promise((resolve) => setImmediate(resolve));
    expect(appended).toBe(false);
    failStep();

    await expect(rolledBack).rejects.toThrow('projection step failed');
    // Had it joined the step as a savepoint, the rollback would have taken the event with it.
    await expect(append).resolves.toEqual({ nextRevision: 0, position: 1 });
    await expect(store.readStream('mandate-1')).resolves.toHaveLength(1);
    await expect(dataSource.query('SELECT COUNT(*) AS steps FROM checkpoints')).resolves.toEqual([{ steps: 0 }]);
  });

  it('lets a subscriber on one connection see appends made through another', async () => {
    const reader = await openStore();
    const writer = await openStore();
    const received: string[] = [];
    const subscription = reader.subscribeToAll();
    const done = (async () => {
      for await (const event of subscription) {
        received.push(event.eventId);
        if (received.length === 2) break;
      }
    })();

    const events = newEvents(2);
    await writer.appendToStream('mandate-1', events);

    // No in-process signal crosses connections: only polling can deliver these.
    await expect(done).resolves.toBeUndefined();
    expect(received).toEqual(events.map((event) => event.eventId));
  });
});
