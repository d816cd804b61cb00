import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A projection's reset: the rows of its tables go (TRUNCATE on PostgreSQL,
 * DELETE on SQLite, inside the rebuild's transaction); the tables, made by
 * migrations, stay.
 */
export async function clearTables(tx: EntityManager, entities: readonly EntityTarget<ObjectLiteral>[]): Promise<void> {
  for (const entity of entities) await tx.clear(entity);
}
