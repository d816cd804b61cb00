import type { RegisterSchema } from '@register/database';
import { eventStoreSchema } from '@register/event-store';
import { readModelSchema } from '@register/projections';
import { ACCESS_LOG_ENTITIES } from '../audit/access-log/access-log.schema';
import { AccessLog1797206400100 } from '../audit/access-log/migrations/1797206400100-access-log.migration';
import type { StoreConfig } from '../config/register-config';
import { CreateWebSignInTables1796601600000 } from '../web/accounts/migrations/1796601600000-web-sign-in-tables.migration';
import { WEB_ENTITIES } from '../web/accounts/web-tables.schema';
import { WebImportUploadSchema } from '../web/import/import-upload.schema';
import { CreateWebImportUploads1796659200000 } from '../web/import/migrations/1796659200000-web-import-uploads.migration';

/**
 * The register's one schema: every table of the service's database, each
 * declared once as a TypeORM entity and made and changed only by the
 * migrations listed with it, which the service runs at start (and
 * `npm run cli -- migrate` alone).
 *
 * - Migrated, never dropped: the event log (libs/event-store), the
 *   projector's checkpoints and lease (libs/projections/src/runtime, lease),
 *   TypeORM's record of the migrations run (`migrations`).
 * - Migrated too: the pages' accounts, sessions and sign-in failures
 *   (web/accounts) and the access log (audit/access-log), the service's
 *   own tables, and the log's signed checkpoints (libs/projections).
 * - Rebuildable: the read models' `rm_` tables (libs/projections,
 *   read-models.schema.ts says how one changes shape), the Merkle tree of
 *   the verifiable log among them.
 *
 * A new table (accounts, sessions, an access log, the log's Merkle tree):
 * declare its entity beside the code that owns it, write a migration class
 * named `<Name><13-digit timestamp>` with `up` and `down` for both SQLite and
 * PostgreSQL (in the owning module's `migrations/` folder, file
 * `<timestamp>-<name>.migration.ts`), and add the entity and the migration to
 * that library's lists, or for a table of the service itself to the lists
 * below. Never edit a migration that has shipped: add another.
 * schema-conformance.int-spec.ts fails until entity and migration agree.
 */
export function registerSchema(store: StoreConfig['kind']): RegisterSchema {
  // With EventStoreDB the events live in its cluster: PostgreSQL holds the read models alone.
  const parts = store === 'eventstoredb' ? [readModelSchema('postgres')] : [eventStoreSchema(store), readModelSchema(store)];
  parts.push(SERVICE_SCHEMA);
  return {
    entities: parts.flatMap((part) => part.entities),
    migrations: byTimestamp(parts.flatMap((part) => part.migrations)),
  };
}

/**
 * The migrations in the order TypeORM runs them, by the 13-digit timestamp
 * that ends each class name, whichever library lists them: the list then
 * names what `migrate` runs and records, in that order.
 */
function byTimestamp(migrations: RegisterSchema['migrations']): RegisterSchema['migrations'] {
  const timestampOf = (migration: RegisterSchema['migrations'][number]) => Number(/(\d{13})$/.exec((migration as { name: string }).name)?.[1]);
  return [...migrations].sort((a, b) => timestampOf(a) - timestampOf(b));
}

/** The tables of the service itself, beside those of its libraries. */
const SERVICE_SCHEMA: RegisterSchema = {
  entities: [...WEB_ENTITIES, ...ACCESS_LOG_ENTITIES, WebImportUploadSchema],
  migrations: [CreateWebSignInTables1796601600000, CreateWebImportUploads1796659200000, AccessLog1797206400100],
};
