import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The two databases the register keeps its tables in (with EventStoreDB the read models live in PostgreSQL). */
export type SqlDialect = 'sqlite' | 'postgres';

/** Whatever a query runs through: a DataSource, a transaction's EntityManager, or a QueryRunner. */
export type SqlExecutor = DataSource | EntityManager | QueryRunner;

/**
 * What differs between the two databases in the SQL the register writes by
 * hand, in one place: placeholders and text ordering. Everything else is
 * written once for both.
 */
interface DialectRules {
  /** The `index`-th (1-based) parameter's placeholder. */
  placeholder(index: number): string;
  /**
   * Appended to an ORDER BY term to sort text by code unit, whatever the
   * database's locale: SQLite's default BINARY collation already does; on
   * PostgreSQL the "C" collation does.
   */
  readonly codeUnitOrder: string;
}

const RULES: Readonly<Record<SqlDialect, DialectRules>> = {
  sqlite: { placeholder: () => '?', codeUnitOrder: '' },
  postgres: { placeholder: (index) => `$${index}`, codeUnitOrder: ' COLLATE "C"' },
};

export function dialectOf(executor: SqlExecutor): SqlDialect {
  const type = ('dataSource' in executor ? executor.dataSource : executor).options.type;
  if (type === 'better-sqlite3') return 'sqlite';
  if (type === 'postgres') return 'postgres';
  throw new Error(`The register's tables live in SQLite or PostgreSQL, not ${type}`);
}

export function rulesOf(dialect: SqlDialect): DialectRules {
  return RULES[dialect];
}
