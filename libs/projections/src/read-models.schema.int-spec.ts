import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forgetProjectionProgress } from './read-models.schema';
import { registerProjections } from './register-projections';
import { ProjectionCheckpoints } from './runtime/projection-checkpoints';
import { Projector } from './runtime/projector';
import { readModelRows } from './runtime/testing/read-model-rows';
import { appendRecordedRegister } from './mandates/testing/append-recorded-register';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from './testing/projection-test-database';
import { example1 } from './testing/szmh-log.fixture';

const QUIET = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * A later release's migration of a rebuildable read model, as read-models.schema.ts
 * describes it: the authority projection's power table gets a new shape (here:
 * the same columns, a new table), its other table is emptied, and the
 * projection forgets its progress instead of converting rows.
 */
class RebuildAuthority1900000000000 implements MigrationInterface {
  readonly name = 'RebuildAuthority1900000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rm_powers');
    await runner.query(
      'CREATE TABLE rm_powers (position BIGINT PRIMARY KEY, power_id TEXT NOT NULL, holder TEXT NOT NULL, mandatable INTEGER NOT NULL, ' +
        'non_mandatable_reason TEXT NULL, act_kind TEXT NOT NULL, recorded_from TEXT NOT NULL)',
    );
    await runner.query('CREATE INDEX rm_powers_power ON rm_powers (power_id, recorded_from)');
    await runner.query('DELETE FROM rm_mandate_edges');
    await runner.query('DELETE FROM rm_function_names');
    await forgetProjectionProgress(runner, 'authority.v1');
  }

  async down(): Promise<void> {}
}

describe.each(PROJECTION_TEST_BACKENDS)('a migration that rebuilds a read model on $name', (backend) => {
  let database: ProjectionTestDatabase;
  const opened: OpenedDatabase[] = [];
  const names = registerProjections().map((projection) => projection.name);

  beforeEach(async () => {
    database = await backend.create();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((connection) => connection.close()));
    await database.dispose();
  });

  async function projectedOn(connection: OpenedDatabase, head: number): Promise<void> {
    const projector = new Projector({ ...connection, projections: registerProjections(), logger: QUIET });
    await projector.start();
    try {
      await expect(projector.waitUntilProjected(head, 10_000)).resolves.toBe(true);
    } finally {
      await projector.stop();
    }
  }

  it('replays the log into that projection alone, from position 0, to the rows it had', async () => {
    const before = await database.open();
    opened.push(before);
    const log = await appendRecordedRegister(before.store, await example1());
    const head = log[log.length - 1].position;
    await projectedOn(before, head);
    const rows = await readModelRows(before.dataSource);
    await before.close();
    opened.splice(0);

    const after = await database.open({ migrations: [RebuildAuthority1900000000000] });
    opened.push(after);
    const checkpoints = await new ProjectionCheckpoints(after.dataSource).read(names);
    // The others keep their place; the one forgotten counts as never started.
    expect(Object.fromEntries(checkpoints)).toEqual({ ...Object.fromEntries(names.map((name) => [name, head])), 'authority.v1': 0 });
    await expect(readModelRows(after.dataSource)).resolves.toMatchObject({ rm_powers: [], rm_mandate_edges: [], rm_function_names: [] });
    await projectedOn(after, head);
    await expect(readModelRows(after.dataSource)).resolves.toEqual(rows);
  });
});
