import { postgresDataSourceOptions, runSchemaMigrations, sqliteDataSourceOptions } from '@register/database';
import { EventStoreDbEventStore, type EventStore, PostgresEventStore, SqliteEventStore } from '@register/event-store';
import { closeReadSnapshots } from '@register/projections';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { StoreConfig } from '../config/register-config';
import { ensurePrivateSqliteFile } from '../storage/private-data-folder';
import { registerSchema } from './register-schema';

/**
 * The one TypeORM DataSource of the service: the read models, their
 * checkpoints and (on SQLite and PostgreSQL) the events share it, so a
 * projection step commits with its checkpoint. With EventStoreDB it is the
 * PostgreSQL of the read models. TypeOrmModule provides it as `DataSource`;
 * the service's code injects it under this name.
 */
export const REGISTER_DATA_SOURCE = Symbol('RegisterDataSource');

/** The DataSource of `store`: its connection and the register's schema (register-schema.ts). */
export function registerDataSourceOptions(store: StoreConfig): DataSourceOptions {
  const schema = registerSchema(store.kind);
  switch (store.kind) {
    case 'sqlite':
      // One connection for everything: SqliteEventStore explains why appends and projection steps must share it.
      return sqliteDataSourceOptions(store.file, schema);
    case 'postgres':
    case 'eventstoredb':
      return postgresDataSourceOptions(store.databaseUrl, 'register', schema);
    default: {
      const unknown: never = store;
      throw new Error(`Unhandled store ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The register's DataSource. Destroying it first closes the read-only
 * connection questions may have opened beside it (inReadSnapshot), whoever
 * destroys it (TypeOrmModule at shutdown, the command line): SQLite folds its
 * write-ahead log into the file only when its last connection closes.
 */
class RegisterDataSource extends DataSource {
  override async destroy(): Promise<void> {
    await closeReadSnapshots(this);
    await super.destroy();
  }
}

/** Opens the database `store` names with its schema brought up to date, as the service does at start. */
export async function openRegisterDataSource(store: StoreConfig): Promise<DataSource> {
  return (await openMigrated(registerDataSourceOptions(store))).dataSource;
}

/**
 * Opens the database `options` name and brings its schema up to date
 * (runSchemaMigrations), answering the migrations it ran. The SQLite file's
 * private folder is created when missing, so a fresh clone needs no ./data.
 */
export async function openMigrated(options: DataSourceOptions): Promise<{ dataSource: DataSource; migrated: string[] }> {
  const dataSource = await initialised(options);
  try {
    return { dataSource, migrated: await runSchemaMigrations(dataSource) };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Opens the database without touching its schema: `migrate` runs the migrations itself and reports them. */
export async function initialised(options: DataSourceOptions): Promise<DataSource> {
  // The folder 0700 and the file 0600 before SQLite opens it (private-data-folder.ts says why).
  if (options.type === 'better-sqlite3' && options.database !== ':memory:') await ensurePrivateSqliteFile(options.database);
  const dataSource = new RegisterDataSource(options);
  await dataSource.initialize();
  return dataSource;
}

/** The event store on that DataSource (EventStoreDB keeps its events elsewhere and only shares the configuration). */
export function openEventStoreOn(store: StoreConfig, dataSource: DataSource): Promise<EventStore> {
  switch (store.kind) {
    case 'sqlite':
      return SqliteEventStore.fromDataSource(dataSource);
    case 'postgres':
      return PostgresEventStore.fromDataSource(dataSource);
    case 'eventstoredb':
      return EventStoreDbEventStore.open({ connectionString: store.connectionString });
    default: {
      const unknown: never = store;
      throw new Error(`Unhandled store ${JSON.stringify(unknown)}`);
    }
  }
}
