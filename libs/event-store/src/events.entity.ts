import { BIGINT_AS_NUMBER, type SqlDialect } from '@register/database';
import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';

/** A row of the `events` table, as TypeORM reads it. The adapters themselves read and write it by hand (see their statements). */
export interface EventRow {
  readonly position: number;
  readonly eventId: string;
  readonly stream: string;
  readonly streamRevision: number;
  readonly type: string;
  /** JSON: text on SQLite, `json` on PostgreSQL. */
  readonly data: unknown;
  readonly metadata: unknown;
  /** ISO text on SQLite, `timestamptz` on PostgreSQL. */
  readonly recordedAt: string | Date;
}

/**
 * The `events` table as each database holds it. The log is kept the way each
 * database appends fastest and orders safely, so four columns differ: SQLite's
 * AUTOINCREMENT position and text, PostgreSQL's position from the
 * `event_positions` sequence, `json` and `timestamptz`. PostgreSQL's table
 * also has `transaction_id` (xid8, set by the append function), a type
 * TypeORM cannot declare: that column is the migration's alone
 * (migrations/1795538903000-event-log.migration.ts), as are the sequence and
 * the append function. Migrated, never rebuilt: the log is the register.
 */
export function eventsEntity(dialect: SqlDialect): EntitySchema<EventRow> {
  const postgres = dialect === 'postgres';
  const position: EntitySchemaColumnOptions = postgres
    ? { type: 'bigint', primary: true, transformer: BIGINT_AS_NUMBER }
    : { type: 'integer', primary: true, generated: 'increment' };
  const revision: EntitySchemaColumnOptions = postgres ? { type: 'bigint', transformer: BIGINT_AS_NUMBER } : { type: 'integer' };
  return new EntitySchema<EventRow>({
    name: 'events',
    tableName: 'events',
    columns: {
      position,
      eventId: { type: 'text' },
      stream: { type: 'text' },
      streamRevision: revision,
      type: { type: 'text' },
      data: { type: postgres ? 'json' : 'text' },
      metadata: { type: postgres ? 'json' : 'text' },
      recordedAt: { type: postgres ? 'timestamptz' : 'text' },
    },
    uniques: [
      { name: 'events_event_id_key', columns: ['eventId'] },
      { name: 'events_stream_revision_key', columns: ['stream', 'streamRevision'] },
    ],
    checks: postgres ? [{ name: 'events_stream_revision_check', expression: 'stream_revision >= 0' }] : [],
  });
}
