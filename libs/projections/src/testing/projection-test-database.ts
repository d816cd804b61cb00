import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, PostgresEventStore, SqliteEventStore } from '@register/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../event-store/src/testing/postgres-test-database';
import { closeReadSnapshots } from '../runtime/read-snapshot';

/** One connection to the test database: the DataSource the read models use and the store on it. */
export interface OpenedDatabase {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * A fresh database for one test: `open()` may be called several times, for a
 * restart (after closing the previous connection) or for a second instance.
 */
export interface ProjectionTestDatabase {
  open(): Promise<OpenedDatabase>;
  dispose(): Promise<void>;
}

export interface ProjectionTestBackend {
  readonly name: 'SQLite' | 'PostgreSQL';
  create(): Promise<ProjectionTestDatabase>;
}

const sqlite: ProjectionTestBackend = {
  name: 'SQLite',
  async create() {
    const directory = await mkdtemp(join(tmpdir(), 'register-projections-'));
    const file = join(directory, 'register.sqlite');
    return {
      open: () => opened(new DataSource({ type: 'better-sqlite3', database: file }), (dataSource) => SqliteEventStore.fromDataSource(dataSource)),
      dispose: () => rm(directory, { recursive: true, force: true }),
    };
  },
};

// The integration project's globalSetup starts the server; each test gets a database of its own.
const postgres: ProjectionTestBackend = {
  name: 'PostgreSQL',
  async create() {
    const database = await createTestDatabase();
    return {
      open: () => opened(new DataSource({ type: 'postgres', url: database.url }), (dataSource) => PostgresEventStore.fromDataSource(dataSource)),
      dispose: () => database.drop(),
    };
  },
};

/** Every runtime test runs once per database the read models can live in. */
export const PROJECTION_TEST_BACKENDS: readonly ProjectionTestBackend[] = [sqlite, postgres];

async function opened(dataSource: DataSource, storeOn: (dataSource: DataSource) => Promise<EventStore>): Promise<OpenedDatabase> {
  await dataSource.initialize();
  const store = await storeOn(dataSource);
  return {
    dataSource,
    store,
    async close() {
      await store.close();
      closeReadSnapshots(dataSource);
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** `count` events of type `type`, spread round-robin over `streams`, with ids unique to `label`. */
export async function appendSpread(store: EventStore, label: string, count: number, streams: readonly string[], type = 'Counted'): Promise<number> {
  let position = 0;
  for (let n = 0; n < count; n += 1) {
    const stream = streams[n % streams.length];
    ({ position } = await store.appendToStream(stream, [{ eventId: `${label}-${n}`, type, data: { n } }]));
  }
  return position;
}
