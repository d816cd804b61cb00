import { joinSql, runStatement, sql } from '@register/database';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { ProjectionCheckpointEntity } from './projection-checkpoint.entity';

/** Position per projection name: how far along the global log each read model has folded. */
export type CheckpointPositions = ReadonlyMap<string, number>;

/**
 * Another projector moved a checkpoint this one was about to move: it no longer
 * owns the projections (a lease lost while the connection was down, a rebuild
 * from the command line). Its step rolls back and it stops.
 */
export class CheckpointMovedError extends Error {
  override name = 'CheckpointMovedError';

  constructor(
    readonly projection: string,
    readonly expected: number,
  ) {
    super(`The checkpoint of ${projection} is no longer at ${expected}: another projector moved it`);
  }
}

/**
 * The `projection_checkpoints` table (projection-checkpoint.entity.ts), in the
 * database of the read models. Its rows move only inside the projector's
 * transactions, with the rows the projections wrote for the same events.
 */
export class ProjectionCheckpoints {
  constructor(private readonly dataSource: DataSource) {}

  /** A row at position 0 for each name that has none; the others keep theirs. */
  async register(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const updatedAt = new Date().toISOString();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProjectionCheckpointEntity)
      .values(names.map((name) => ({ name, position: 0, updatedAt })))
      .orIgnore()
      .execute();
  }

  /** The stored positions of `names`, through `manager` (by default outside any transaction); 0 for a name without a row. */
  async read(names: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const positions = new Map(names.map((name) => [name, 0]));
    if (names.length === 0) return positions;
    const rows = await manager.find(ProjectionCheckpointEntity, { select: { name: true, position: true }, where: { name: In([...names]) } });
    for (const row of rows) positions.set(row.name, row.position);
    return positions;
  }

  /**
   * Moves every checkpoint below `to` up to it, each only if it still holds
   * the position this projector knows: the fence that keeps a stale projector
   * from applying a step twice. One statement for all of them, written by
   * hand, since on PostgreSQL each is a round trip of every step. On
   * PostgreSQL the update also locks the rows until commit, so a second
   * projector waits here and then fails, before it has applied anything.
   *
   * @throws CheckpointMovedError when a row no longer holds the known position.
   */
  async advance(tx: EntityManager, from: CheckpointPositions, to: number): Promise<void> {
    const runner = tx.queryRunner;
    if (!runner) throw new Error('ProjectionCheckpoints.advance needs the EntityManager of a transaction');
    const behind = [...from].filter(([, position]) => position < to);
    if (behind.length === 0) return;
    const fence = joinSql(behind.map(([name, position]) => sql`(name = ${name} AND position = ${position})`), ' OR ');
    const result = await runStatement(
      runner,
      sql`UPDATE projection_checkpoints SET position = ${to}, updated_at = ${new Date().toISOString()} WHERE ${fence} RETURNING name`,
    );
    const moved = new Set((result.records as { name: string }[]).map((row) => row.name));
    const stale = behind.find(([name]) => !moved.has(name));
    if (stale !== undefined) throw new CheckpointMovedError(...stale);
  }

  /** Puts the checkpoints of `names` back to position 0, for a rebuild. */
  async reset(tx: EntityManager, names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await tx.update(ProjectionCheckpointEntity, { name: In([...names]) }, { position: 0, updatedAt: new Date().toISOString() });
  }
}

/** Where every projection has got to: the lowest of their positions. */
export function lowestPosition(positions: CheckpointPositions): number {
  return Math.min(...positions.values());
}
