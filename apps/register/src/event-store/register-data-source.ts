import { EventStoreDbEventStore, type EventStore, PostgresEventStore, SqliteEventStore } from '@register/event-store';
import { READ_MODEL_ENTITIES } from '@register/projections';
import { DataSource } from 'typeorm';
import type { StoreConfig } from '../config/register-config';
import { ensurePrivateSqliteFile } from '../storage/private-data-folder';
import { WEB_ENTITIES } from '../web/accounts/web-tables.schema';

// The pages' accounts and sessions share the database (architecture.md "Pages": the service's own tables).
const ENTITIES = [...(Array.isArray(READ_MODEL_ENTITIES) ? READ_MODEL_ENTITIES : Object.values(READ_MODEL_ENTITIES)), ...WEB_ENTITIES];

/**
 * The one TypeORM DataSource of the service: the read models, their
 * checkpoints and (on SQLite and PostgreSQL) the events share it, so a
 * projection step commits with its checkpoint. With EventStoreDB it is the
 * PostgreSQL of the read models.
 */
export const REGISTER_DATA_SOURCE = Symbol('RegisterDataSource');

/** Opens the database `store` names; the SQLite file's private folder is created when missing, so a fresh clone needs no ./data. */
export async function openRegisterDataSource(store: StoreConfig): Promise<DataSource> {
  const dataSource = await dataSourceFor(store);
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

async function dataSourceFor(store: StoreConfig): Promise<DataSource> {
  switch (store.kind) {
    case 'sqlite':
      await ensurePrivateSqliteFile(store.file);
      // One connection for everything: SqliteEventStore explains why appends and projection steps must share it.
      return new DataSource({ type: 'better-sqlite3', database: store.file, entities: ENTITIES });
    case 'postgres':
    case 'eventstoredb':
      return new DataSource({ type: 'postgres', url: store.databaseUrl, applicationName: 'register', entities: ENTITIES });
    default: {
      const unknown: never = store;
      throw new Error(`Unhandled store ${JSON.stringify(unknown)}`);
    }
  }
}
