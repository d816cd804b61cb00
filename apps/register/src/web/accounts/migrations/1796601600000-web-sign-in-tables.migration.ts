import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The accounts, sessions and sign-in failures of the pages (../web-tables.schema.ts),
 * in SQL that SQLite and PostgreSQL both take; one of the register's
 * migrations (event-store/register-schema.ts). Migrated, never dropped: they
 * are not rebuilt from the log.
 */
export class CreateWebSignInTables1796601600000 implements MigrationInterface {
  name = 'CreateWebSignInTables1796601600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE web_accounts (name varchar(128) PRIMARY KEY, password_hash text NOT NULL, roles text NOT NULL, ` +
        `municipalities text NOT NULL, created_at varchar(32) NOT NULL, disabled_at varchar(32))`,
    );
    await queryRunner.query(
      `CREATE TABLE web_sessions (id_hash varchar(64) PRIMARY KEY, subject text, csrf_token varchar(64) NOT NULL, ` +
        `pending text, created_at varchar(32) NOT NULL, last_seen_at varchar(32) NOT NULL, ended_at varchar(32))`,
    );
    await queryRunner.query(
      'CREATE TABLE web_login_failures (key varchar(200) PRIMARY KEY, failures integer NOT NULL, last_failure_at varchar(32) NOT NULL)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS web_login_failures');
    await queryRunner.query('DROP TABLE IF EXISTS web_sessions');
    await queryRunner.query('DROP TABLE IF EXISTS web_accounts');
  }
}
