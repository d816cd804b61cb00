import { createHash } from 'node:crypto';
import { type DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';
import { dialectOf } from './sql-dialect';

/**
 * Advisory locks taken with two int4 keys live in a key space of their own,
 * apart from the single-bigint lock of the projection lease; the first key
 * says "register migrations", the second names the schema.
 */
const MIGRATION_LOCK_NAMESPACE = 0x4d494752; // 'MIGR'

/**
 * Runs the DataSource's pending migrations (its `migrations` option), all in
 * ONE transaction that holds the database's migration lock, and answers the
 * names of those it ran. Several processes may start on one database at once
 * (the HTTP processes of one service, the command line beside it, a second
 * instance): the first takes the lock and migrates, the others wait for it,
 * then find nothing pending. A migration that fails rolls back every one run
 * with it, the record of them included, so the schema is never half-upgraded.
 *
 * The lock: on SQLite `BEGIN IMMEDIATE`, the file's write lock (waiting up to
 * the connection's busy_timeout); on PostgreSQL a transaction-scoped advisory
 * lock on the schema, so `CREATE ... IF NOT EXISTS` never races (it is not
 * safe against a concurrent create). TypeORM's executor runs inside that
 * transaction with its own transaction handling off; a migration must
 * therefore not set `transaction` itself.
 */
export async function runSchemaMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await beginMigrating(runner);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'none';
      const applied = await executor.executePendingMigrations();
      await runner.query('COMMIT');
      return applied.map((migration) => migration.name);
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/** The names of the DataSource's migrations not yet run on its database, in the order they would run. */
export async function pendingSchemaMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    return (await new MigrationExecutor(dataSource, runner).getPendingMigrations()).map((migration) => migration.name);
  } finally {
    await runner.release();
  }
}

/** The schema migrations of `runner`'s DataSource live in (PostgreSQL; `public` unless its `schema` option says otherwise). */
export function schemaOf(runner: QueryRunner): string {
  const { options } = runner.connection;
  return ('schema' in options && options.schema) || 'public';
}

async function beginMigrating(runner: QueryRunner): Promise<void> {
  if (dialectOf(runner) === 'sqlite') {
    await runner.query('BEGIN IMMEDIATE');
    return;
  }
  const schema = schemaOf(runner);
  await runner.query('BEGIN');
  try {
    await runner.query('SELECT pg_advisory_xact_lock($1, $2)', [MIGRATION_LOCK_NAMESPACE, lockKeyOf(schema)]);
    // The migrations table lives in the schema, so it must exist before TypeORM looks for that table.
    await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function lockKeyOf(schema: string): number {
  return createHash('sha256').update(schema).digest().readInt32BE(0);
}

export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
