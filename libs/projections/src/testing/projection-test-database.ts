import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EntityDeclaration, postgresDataSourceOptions, type RegisterSchema, runSchemaMigrations, type SqlDialect, sqliteDataSourceOptions } from '@register/database';
import { type EventStore, eventStoreSchema, PostgresEventStore, SqliteEventStore } from '@register/event-store';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../event-store/src/testing/postgres-test-database';
import { readModelSchema } from '../read-models.schema';
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
 * `entities` adds a test's own entities to the register's (their tables are
 * the test's to create), `migrations` a test's migrations after the register's.
 */
export interface ProjectionTestDatabase {
  open(options?: TestSchemaOptions): Promise<OpenedDatabase>;
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
      open: (options) =>
        opened(new DataSource(sqliteDataSourceOptions(file, testSchema('sqlite', options))), (dataSource) => SqliteEventStore.fromDataSource(dataSource)),
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
      open: (options) =>
        opened(new DataSource(postgresDataSourceOptions(database.url, 'register-test', testSchema('postgres', options))), (dataSource) =>
          PostgresEventStore.fromDataSource(dataSource),
        ),
      dispose: () => database.drop(),
    };
  },
};

/** Every runtime test runs once per database the read models can live in. */
export const PROJECTION_TEST_BACKENDS: readonly ProjectionTestBackend[] = [sqlite, postgres];

export interface TestSchemaOptions {
  readonly entities?: readonly EntityDeclaration[];
  readonly migrations?: RegisterSchema['migrations'];
}

/** The event store's and the read models' tables, as the service's database holds them, and a test's own. */
export function testSchema(dialect: SqlDialect, extra: TestSchemaOptions = {}): RegisterSchema {
  const [events, readModels] = [eventStoreSchema(dialect), readModelSchema(dialect)];
  return {
    entities: [...events.entities, ...readModels.entities, ...(extra.entities ?? [])],
    migrations: [...events.migrations, ...readModels.migrations, ...(extra.migrations ?? [])],
  };
}

/** Opens the database as the service does: migrated first, then the store on the same DataSource. */
async function opened(dataSource: DataSource, storeOn: (dataSource: DataSource) => Promise<EventStore>): Promise<OpenedDatabase> {
  await dataSource.initialize();
  await runSchemaMigrations(dataSource);
  const store = await storeOn(dataSource);
  return {
    dataSource,
    store,
    async close() {
      await store.close();
      await closeReadSnapshots(dataSource);
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
