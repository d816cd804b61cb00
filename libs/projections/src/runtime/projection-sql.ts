import type { DataSource, EntityManager } from 'typeorm';

/** The two databases read models live in (with EventStoreDB they live in PostgreSQL). */
export type SqlDialect = 'sqlite' | 'postgres';

export function sqlDialectOf(database: DataSource | EntityManager): SqlDialect {
  const type = ('connection' in database ? database.connection : database).options.type;
  if (type === 'better-sqlite3') return 'sqlite';
  if (type === 'postgres') return 'postgres';
  throw new Error(`Read models live in SQLite or PostgreSQL, not ${type}`);
}

/** The placeholder of the `index`-th parameter (1-based) of a raw query: `?` on SQLite, `$n` on PostgreSQL. */
export function sqlParameter(dialect: SqlDialect, index: number): string {
  return dialect === 'postgres' ? `$${index}` : '?';
}

/** Placeholders for `count` parameters from `first` on, comma-separated. */
export function sqlParameters(dialect: SqlDialect, count: number, first = 1): string {
  return Array.from({ length: count }, (_, offset) => sqlParameter(dialect, first + offset)).join(', ');
}

/** A projection's reset: its tables go, so the next replay starts from an empty schema that createSchema rebuilds. */
export async function dropTables(tx: EntityManager, tables: readonly string[]): Promise<void> {
  for (const table of tables) await tx.query(`DROP TABLE IF EXISTS ${table}`);
}
