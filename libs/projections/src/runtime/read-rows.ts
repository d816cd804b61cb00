import { renderSql, type SqlStatement } from '@register/database';
import type BetterSqlite3 from 'better-sqlite3';

/** Distinct query texts kept prepared per connection; IN lists of every length used so far fit many times over. */
const MAX_PREPARED_STATEMENTS = 500;

const preparedByConnection = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * The rows of a hand-written query on a better-sqlite3 connection, with the
 * statement prepared once per SQL text: the authority question's hot path.
 * TypeORM's query() spends about as long logging, broadcasting and awaiting
 * around a statement as SQLite spends on an indexed lookup, and prepares the
 * statement again for every query runner (bench: authority.p50.*).
 */
export function sqliteRows<Row>(connection: BetterSqlite3.Database, statement: SqlStatement): Row[] {
  const { text, parameters } = renderSql(statement, 'sqlite');
  return prepared(connection, text).all(...parameters) as Row[];
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
