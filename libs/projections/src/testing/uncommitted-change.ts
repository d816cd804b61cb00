import type { DataSource } from 'typeorm';

/**
 * Runs `during` while `change` is written but not committed in a transaction
 * on `dataSource`'s own connection (on SQLite the one the projector writes
 * through), then rolls the change back. Stop the projector first: its steps
 * use the same connection.
 */
export async function whileUncommitted(dataSource: DataSource, change: string, during: () => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(change);
    await during();
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
