import type { EntityManager } from 'typeorm';
import { sqlDialectOf, sqlParameters } from './projection-sql';

/**
 * Most parameters in one statement: SQLite refuses more than 32,766,
 * PostgreSQL more than 65,535. A step's rows that need more go in several
 * statements.
 */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts `rows` (values in the order of `columns`) with as few statements as
 * the database allows: on PostgreSQL every statement is a round trip, so a
 * step's rows in one statement cost one instead of hundreds.
 *
 * On PostgreSQL the rows travel as one JSON parameter that
 * `json_populate_recordset` turns into rows of the table's own row type, so
 * each value gets its column's type, as a parameter would: the server then
 * parses and plans a short statement instead of one with a placeholder per
 * value, which took longer than inserting the rows. On SQLite, in process,
 * a multi-row VALUES per chunk of the parameter limit.
 */
export async function insertRows(tx: EntityManager, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.join(', ');
  if (sqlDialectOf(tx) === 'postgres') {
    const records = rows.map((row) => Object.fromEntries(columns.map((column, c) => [column, row[c]])));
    await tx.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(records)]);
    return;
  }
  for (const chunk of chunks(rows, Math.floor(MAX_PARAMETERS / columns.length))) {
    const tuples = chunk.map((_, r) => `(${sqlParameters('sqlite', columns.length, r * columns.length + 1)})`);
    await tx.query(`INSERT INTO ${table} (${list}) VALUES ${tuples.join(', ')}`, chunk.flat());
  }
}

/**
 * The rows `select` finds for `keys`, asked in as few statements as the
 * parameter limit allows; `select` gets the placeholders of one chunk's keys,
 * comma-separated, for an `IN (...)` list.
 */
export async function queryByKeys<Row>(tx: EntityManager, keys: readonly unknown[], select: (placeholders: string) => string): Promise<Row[]> {
  const dialect = sqlDialectOf(tx);
  const rows: Row[] = [];
  for (const chunk of chunks(keys, MAX_PARAMETERS)) {
    rows.push(...((await tx.query(select(sqlParameters(dialect, chunk.length)), [...chunk])) as Row[]));
  }
  return rows;
}

/** One version to close: the open rows of `key` end, in recorded time, at `recordedUntil`. */
export interface Closing {
  readonly key: string;
  readonly recordedUntil: string;
}

/**
 * Closes, for each of `closings`, the rows of `table` whose `keyColumn` is its
 * key and that match `open` (the projection's "current version" condition),
 * at its own instant, in one UPDATE per chunk. VALUES names its columns
 * column1 and column2 on both databases.
 */
export async function closeVersions(
  tx: EntityManager,
  { table, keyColumn, open }: { readonly table: string; readonly keyColumn: string; readonly open: string },
  closings: readonly Closing[],
): Promise<void> {
  const dialect = sqlDialectOf(tx);
  for (const chunk of chunks(closings, Math.floor(MAX_PARAMETERS / 2))) {
    const values = chunk.map((_, r) => `(${sqlParameters(dialect, 2, 2 * r + 1)})`).join(', ');
    await tx.query(
      `UPDATE ${table} SET recorded_until = closing.column2 FROM (VALUES ${values}) AS closing
       WHERE ${table}.${keyColumn} = closing.column1 AND ${open}`,
      chunk.flatMap(({ key, recordedUntil }) => [key, recordedUntil]),
    );
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
