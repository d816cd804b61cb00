import type { DataSource, EntityManager } from 'typeorm';
import { type SqlDialect, sqlDialectOf, sqlParameter, sqlParameters } from './projection-sql';

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
 * The `projection_checkpoints` table, in the database of the read models. Its
 * rows move only inside the projector's transactions, with the rows the
 * projections wrote for the same events.
 */
export class ProjectionCheckpoints {
  private readonly dialect: SqlDialect;

  constructor(private readonly dataSource: DataSource) {
    this.dialect = sqlDialectOf(dataSource);
  }

  /** Creates the table and a row at position 0 for each name that has none. */
  async register(tx: EntityManager, names: readonly string[]): Promise<void> {
    const position = this.dialect === 'postgres' ? 'bigint' : 'INTEGER';
    await tx.query(
      `CREATE TABLE IF NOT EXISTS projection_checkpoints (
         name TEXT PRIMARY KEY, position ${position} NOT NULL, updated_at TEXT NOT NULL)`,
    );
    for (const name of names) {
      await tx.query(
        `INSERT INTO projection_checkpoints (name, position, updated_at) VALUES (${this.param(1)}, 0, ${this.param(2)})
         ON CONFLICT (name) DO NOTHING`,
        [name, new Date().toISOString()],
      );
    }
  }

  /** The stored positions of `names`, through `manager` (by default outside any transaction); 0 for a name without a row. */
  async read(names: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const positions = new Map(names.map((name) => [name, 0]));
    if (names.length === 0) return positions;
    const rows: { name: string; position: string | number }[] = await manager.query(
      `SELECT name, position FROM projection_checkpoints WHERE name IN (${sqlParameters(this.dialect, names.length)})`,
      [...names],
    );
    for (const row of rows) positions.set(row.name, Number(row.position));
    return positions;
  }

  /**
   * Moves every checkpoint below `to` up to it, each only if it still holds
   * the position this projector knows: the fence that keeps a stale projector
   * from applying a step twice. One statement for all of them, since on
   * PostgreSQL each is a round trip of every step. On PostgreSQL the update
   * also locks the rows until commit, so a second projector waits here and
   * then fails, before it has applied anything.
   *
   * @throws CheckpointMovedError when a row no longer holds the known position.
   */
  async advance(tx: EntityManager, from: CheckpointPositions, to: number): Promise<void> {
    const runner = tx.queryRunner;
    if (!runner) throw new Error('ProjectionCheckpoints.advance needs the EntityManager of a transaction');
    const behind = [...from].filter(([, position]) => position < to);
    if (behind.length === 0) return;
    const fence = behind.map((_, i) => `(name = ${this.param(2 * i + 3)} AND position = ${this.param(2 * i + 4)})`).join(' OR ');
    const result = await runner.query(
      `UPDATE projection_checkpoints SET position = ${this.param(1)}, updated_at = ${this.param(2)} WHERE ${fence} RETURNING name`,
      [to, new Date().toISOString(), ...behind.flat()],
      true,
    );
    const moved = new Set((result.records as { name: string }[]).map((row) => row.name));
    const stale = behind.find(([name]) => !moved.has(name));
    if (stale !== undefined) throw new CheckpointMovedError(...stale);
  }

  /** Puts the checkpoints of `names` back to position 0, for a rebuild. */
  async reset(tx: EntityManager, names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    await tx.query(
      `UPDATE projection_checkpoints SET position = 0, updated_at = ${this.param(1)}
       WHERE name IN (${sqlParameters(this.dialect, names.length, 2)})`,
      [new Date().toISOString(), ...names],
    );
  }

  private param(index: number): string {
    return sqlParameter(this.dialect, index);
  }
}

/** Where every projection has got to: the lowest of their positions. */
export function lowestPosition(positions: CheckpointPositions): number {
  return Math.min(...positions.values());
}
