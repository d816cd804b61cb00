import { dialectOf } from '@register/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who read what (../access-log.schema.ts): the entries and their index by
 * municipality, and on both databases a trigger that refuses to change an
 * entry. Migrated, never dropped: it is not derived from the log.
 */
export class AccessLog1797206400100 implements MigrationInterface {
  readonly name = 'AccessLog1797206400100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE TABLE access_log (id varchar(36) PRIMARY KEY NOT NULL, at varchar(32) NOT NULL, ended_at varchar(32) NOT NULL, subject text NOT NULL, ' +
        'roles text NOT NULL, operation text NOT NULL, route text NOT NULL, query text NOT NULL, status integer NOT NULL, items integer, ' +
        'trace_id varchar(128) NOT NULL, concerns text NOT NULL)',
    );
    await runner.query('CREATE INDEX access_log_at ON access_log (at)');
    await runner.query(
      'CREATE TABLE access_log_concerns (municipality varchar(6) NOT NULL, at varchar(32) NOT NULL, entry_id varchar(36) NOT NULL, ' +
        'PRIMARY KEY (municipality, at, entry_id))',
    );
    await runner.query('CREATE INDEX access_log_concerns_at ON access_log_concerns (at)');
    for (const table of ['access_log', 'access_log_concerns']) await refuseUpdates(runner, table);
  }

  async down(runner: QueryRunner): Promise<void> {
    const postgres = dialectOf(runner) === 'postgres';
    for (const table of ['access_log_concerns', 'access_log']) {
      await runner.query(`DROP TRIGGER IF EXISTS ${table}_append_only${postgres ? ` ON ${table}` : ''}`);
      await runner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    if (postgres) await runner.query('DROP FUNCTION IF EXISTS access_log_refuse_update()');
  }
}

async function refuseUpdates(runner: QueryRunner, table: string): Promise<void> {
  if (dialectOf(runner) === 'sqlite') {
    await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END`);
    return;
  }
  await runner.query(
    `CREATE OR REPLACE FUNCTION access_log_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the access log is append-only'; END $$`,
  );
  await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION access_log_refuse_update()`);
}
