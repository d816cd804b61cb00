import type { QueryResult, QueryRunner } from 'typeorm';
import { dialectOf, rulesOf, type SqlDialect, type SqlExecutor } from './sql-dialect';

/** A part of a statement that is SQL text, not a parameter: written by the code, never taken from input. */
class SqlText {
  constructor(readonly text: string) {}
}

/** A dialect-specific part, filled in when the statement is rendered. */
class SqlDialectText {
  constructor(readonly render: (dialect: SqlDialect) => string) {}
}

/**
 * A statement written once for both databases: `sql` below builds it, with
 * every interpolated value a parameter, and `renderSql` gives the text and
 * parameters one dialect runs. Statements nest: an interpolated statement is
 * spliced in with its own parameters.
 */
export class SqlStatement {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** `sql\`SELECT a FROM t WHERE b = ${value}\``: each `${}` is a parameter unless it is a statement, `sqlText` or `inList`. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlStatement {
  return new SqlStatement([...strings], values);
}

/** Trusted SQL text (a table or column name from the code) spliced in as it is. */
export function sqlText(text: string): SqlText {
  return new SqlText(text);
}

/** `IN (${inList(ids)})`: one parameter per value. An empty list matches nothing (`NULL`). */
export function inList(values: readonly unknown[]): SqlStatement {
  if (values.length === 0) return sql`NULL`;
  return new SqlStatement(['', ...values.slice(1).map(() => ', '), ''], values);
}

/** `statements` joined by `separator` (SQL text). */
export function joinSql(statements: readonly SqlStatement[], separator: string): SqlStatement {
  const parts: unknown[] = statements.flatMap((statement, index) => (index === 0 ? [statement] : [sqlText(separator), statement]));
  return new SqlStatement(['', ...parts.map(() => '')], parts);
}

export interface RenderedSql {
  readonly text: string;
  readonly parameters: unknown[];
}

export function renderSql(statement: SqlStatement, dialect: SqlDialect): RenderedSql {
  const parameters: unknown[] = [];
  const text = renderInto(statement, dialect, parameters);
  return { text, parameters };
}

function renderInto(statement: SqlStatement, dialect: SqlDialect, parameters: unknown[]): string {
  let text = statement.strings[0];
  for (let index = 0; index < statement.values.length; index += 1) {
    const value = statement.values[index];
    if (value instanceof SqlStatement) text += renderInto(value, dialect, parameters);
    else if (value instanceof SqlText) text += value.text;
    else if (value instanceof SqlDialectText) text += value.render(dialect);
    else text += rulesOf(dialect).placeholder(parameters.push(value));
    text += statement.strings[index + 1];
  }
  return text;
}

/** Runs `statement` through `executor` (in its transaction, if it has one) and answers its rows. */
export async function queryRows<Row>(executor: SqlExecutor, statement: SqlStatement): Promise<Row[]> {
  const { text, parameters } = renderSql(statement, dialectOf(executor));
  return (await executor.query(text, parameters)) as Row[];
}

/** Runs `statement` on `runner` and answers TypeORM's structured result: the rows it returned and how many rows it changed. */
export async function runStatement(runner: QueryRunner, statement: SqlStatement): Promise<QueryResult> {
  const { text, parameters } = renderSql(statement, dialectOf(runner));
  return runner.query(text, parameters, true);
}
