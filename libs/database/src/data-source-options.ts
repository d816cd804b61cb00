import type BetterSqlite3 from 'better-sqlite3';
import type { DataSourceOptions, EntitySchema, MigrationInterface } from 'typeorm';
import { SnakeCaseNamingStrategy } from './snake-case-naming.strategy';

/** A migration class, as a DataSource's `migrations` lists them. */
export type MigrationClass = new () => MigrationInterface;

/** An entity class or schema, as a DataSource's `entities` lists them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for an entity class
export type EntityDeclaration = Function | EntitySchema;

/** What a DataSource of the register holds besides its connection: its tables and the migrations that make them. */
export interface RegisterSchema {
  readonly entities: readonly EntityDeclaration[];
  readonly migrations: readonly MigrationClass[];
}

/**
 * How long a write waits for another process (the command line next to the
 * service) to release the file before SQLITE_BUSY; also how long an append
 * waits for a TypeORM transaction on the shared connection, and a migration
 * for another process's migration.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Per-connection settings of every SQLite connection the register writes
 * through. `synchronous = FULL` is deliberate: in WAL mode NORMAL can lose the
 * last acknowledged appends on power loss, and an acknowledged event must stay.
 */
export function configureSqliteConnection(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
}

/**
 * The register's SQLite file as a TypeORM DataSource: one connection (TypeORM
 * keeps one for better-sqlite3) with the settings above from the moment it
 * opens, so a migration already runs in WAL mode and waits for the lock.
 * Migrations are run by `runSchemaMigrations`, never by TypeORM on its own.
 */
export function sqliteDataSourceOptions(file: string, schema: RegisterSchema): DataSourceOptions {
  return {
    type: 'better-sqlite3',
    database: file,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
    prepareDatabase: configureSqliteConnection,
    namingStrategy: new SnakeCaseNamingStrategy(),
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    migrationsRun: false,
    synchronize: false,
  };
}

/** The register's PostgreSQL database; `inSchema` (default `public`) holds the tables and the record of migrations. */
export function postgresDataSourceOptions(url: string, applicationName: string, schema: RegisterSchema, inSchema?: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName,
    ...(inSchema === undefined ? {} : { schema: inSchema }),
    namingStrategy: new SnakeCaseNamingStrategy(),
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    migrationsRun: false,
    synchronize: false,
  };
}
