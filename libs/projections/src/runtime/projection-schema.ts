import type { DataSource } from 'typeorm';
import type { Projection } from './projection';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { sqlDialectOf } from './projection-sql';

/**
 * Transaction-scoped advisory lock key (two int4 keys, apart from the single
 * bigint key of the lease): the service instances and the command line may
 * create the same tables at once, and PostgreSQL's CREATE ... IF NOT EXISTS
 * is not safe against that.
 */
const SCHEMA_LOCK = [0x50524f4a, 1] as const; // 'PROJ'

/** The checkpoint table, each projection's tables, and a checkpoint row per projection, in one transaction. */
export async function prepareProjectionSchema(dataSource: DataSource, projections: readonly Projection[]): Promise<void> {
  const names = projections.map((projection) => projection.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new Error(`Two projections are named ${duplicate}: each needs a checkpoint of its own`);
  await dataSource.transaction(async (tx) => {
    if (sqlDialectOf(dataSource) === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [...SCHEMA_LOCK]);
    await new ProjectionCheckpoints(dataSource).register(tx, names);
    for (const projection of projections) await projection.createSchema(tx);
  });
}
