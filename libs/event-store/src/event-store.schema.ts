import type { MigrationClass, RegisterSchema, SqlDialect } from '@register/database';
import type { EntitySchema } from 'typeorm';
import { eventsEntity } from './events.entity';
import { EventLog1795538903000 } from './migrations/1795538903000-event-log.migration';

/** The event store's tables on `dialect`, for a DataSource's `entities`. */
function eventStoreEntities(dialect: SqlDialect): EntitySchema[] {
  return [eventsEntity(dialect) as EntitySchema];
}

/**
 * The event store's migrations, oldest first, for a DataSource's
 * `migrations`: they make and change its tables on both databases. A change
 * to the log is a new migration appended here, never an edit of one that
 * shipped (a database that ran it would never see the edit).
 */
const EVENT_STORE_MIGRATIONS: readonly MigrationClass[] = [EventLog1795538903000];

/** The event store's tables and migrations alone: what a store opened on its own (`open`) migrates. */
export function eventStoreSchema(dialect: SqlDialect): RegisterSchema {
  return { entities: eventStoreEntities(dialect), migrations: EVENT_STORE_MIGRATIONS };
}
