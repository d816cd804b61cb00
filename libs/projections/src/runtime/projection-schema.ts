import type { DataSource } from 'typeorm';
import type { Projection } from './projection';
import { ProjectionCheckpoints } from './projection-checkpoints';

/**
 * A checkpoint row per projection (at position 0 for one it has never seen),
 * after checking that the migrations made the tables: the projector's and
 * the rebuild's first step. Projections own no tables of their own making.
 */
export async function registerCheckpoints(dataSource: DataSource, projections: readonly Projection[]): Promise<void> {
  const names = projections.map((projection) => projection.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new Error(`Two projections are named ${duplicate}: each needs a checkpoint of its own`);
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable('projection_checkpoints'))) {
      throw new Error("The database has no projection_checkpoints table: run the register's migrations first (npm run cli -- migrate)");
    }
  } finally {
    await runner.release();
  }
  await new ProjectionCheckpoints(dataSource).register(names);
}
