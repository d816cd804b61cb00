import { betterSqliteConnectionOf } from '@register/event-store';
import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { sqlDialectOf } from './projection-sql';

/** Distinct query texts kept prepared per connection; IN lists of every length used so far fit many times over. */
const MAX_PREPARED_STATEMENTS = 500;

const preparedByConnection = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * The rows a read-model query answers. On PostgreSQL through TypeORM. On
 * SQLite straight from the better-sqlite3 connection TypeORM opened, with the
 * statement prepared once per SQL text: TypeORM's query() spends about as
 * long logging, broadcasting and awaiting around a statement as SQLite spends
 * on an indexed lookup. It is the same connection, so a query sees exactly
 * what `dataSource.query` would.
 */
export async function readRows<Row>(dataSource: DataSource, sql: string, parameters: readonly unknown[] = []): Promise<Row[]> {
  if (sqlDialectOf(dataSource) === 'postgres') return (await dataSource.query(sql, [...parameters])) as Row[];
  return sqliteRows(betterSqliteConnectionOf(dataSource), sql, parameters);
}

/** The rows of a query on a better-sqlite3 connection, through its cache of prepared statements. */
export function sqliteRows<Row>(connection: BetterSqlite3.Database, sql: string, parameters: readonly unknown[]): Row[] {
  return prepared(connection, sql).all(...parameters) as Row[];
}

function prepared(connection: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let statements = preparedByConnection.get(connection);
  if (statements === undefined) {
    statements = new Map();
    preparedByConnection.set(connection, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = connection.prepare(sql);
    if (!statement.reader) throw new Error(`Only queries that answer rows are read here, not: ${sql.slice(0, 80)}`);
    // Oldest first out: a Map iterates in insertion order.
    if (statements.size >= MAX_PREPARED_STATEMENTS) statements.delete(statements.keys().next().value!);
    statements.set(sql, statement);
  }
  return statement;
}
