import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The accounts, sessions and sign-in failures of the pages (web-tables.schema.ts),
 * in SQL that SQLite and PostgreSQL both take. Written as a versioned TypeORM
 * migration so that it joins the register's list of migrations; until that
 * list runs at start, `prepareWebTables` applies it (it is idempotent).
 */
export class CreateWebSignInTables1796601600000 implements MigrationInterface {
  name = 'CreateWebSignInTables1796601600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS web_accounts (name varchar(128) PRIMARY KEY, password_hash text NOT NULL, roles text NOT NULL, ` +
        `municipalities text NOT NULL, created_at varchar(32) NOT NULL, disabled_at varchar(32))`,
    );
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS web_sessions (id_hash varchar(64) PRIMARY KEY, subject text, csrf_token varchar(64) NOT NULL, ` +
        `pending text, created_at varchar(32) NOT NULL, last_seen_at varchar(32) NOT NULL, ended_at varchar(32))`,
    );
    await queryRunner.query(
      'CREATE TABLE IF NOT EXISTS web_login_failures (key varchar(200) PRIMARY KEY, failures integer NOT NULL, last_failure_at varchar(32) NOT NULL)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS web_login_failures');
    await queryRunner.query('DROP TABLE IF EXISTS web_sessions');
    await queryRunner.query('DROP TABLE IF EXISTS web_accounts');
  }
}

// Beside the projections' schema lock (projection-schema.ts): service processes and the command line may start at once.
const WEB_SCHEMA_LOCK = [0x57454221, 1] as const; // 'WEB!'

/** Applies the migration in one transaction; on PostgreSQL under a lock, since CREATE ... IF NOT EXISTS may race there. */
export async function prepareWebTables(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    if (dataSource.options.type === 'postgres') await runner.query('SELECT pg_advisory_xact_lock($1, $2)', [...WEB_SCHEMA_LOCK]);
    await new CreateWebSignInTables1796601600000().up(runner);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
