import { dialectOf, inList, joinSql, queryRows, sql, sqlText, type SqlStatement } from '@register/database';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * Most parameters in one statement: SQLite refuses more than 32,766,
 * PostgreSQL more than 65,535. A step's rows that need more go in several
 * statements.
 */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts `rows` of `entity` with as few statements as the database allows:
 * the projector's hot path. On PostgreSQL every statement is a round trip, so
 * a step's rows in one statement cost one instead of hundreds (bench:
 * postgres.projection.catchup); TypeORM's `insert` would bind a parameter per
 * value, which PostgreSQL took longer to parse and plan than to insert the rows.
 *
 * On PostgreSQL the rows travel as one JSON parameter that
 * `json_populate_recordset` turns into rows of the table's own row type, so
 * each value gets its column's type, as a parameter would. On SQLite, in
 * process, a multi-row VALUES per chunk of the parameter limit. The columns
 * are the entity's, by its metadata.
 */
export async function insertRows<Row extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<Row>, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = tx.connection.getMetadata(entity);
  const table = metadata.tableName;
  const columns = metadata.columns.map((column) => ({ name: column.databaseName, property: column.propertyName }));
  const list = sqlText(columns.map((column) => column.name).join(', '));
  if (dialectOf(tx) === 'postgres') {
    const records = rows.map((row) => Object.fromEntries(columns.map((column) => [column.name, row[column.property] ?? null])));
    await queryRows(tx, sql`INSERT INTO ${sqlText(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${sqlText(table)}, ${JSON.stringify(records)})`);
    return;
  }
  for (const chunk of chunks(rows, Math.floor(MAX_PARAMETERS / columns.length))) {
    const tuples = chunk.map((row) => sql`(${inList(columns.map((column) => row[column.property] ?? null))})`);
    await queryRows(tx, sql`INSERT INTO ${sqlText(table)} (${list}) VALUES ${joinSql(tuples, ', ')}`);
  }
}

/** One version to close: the open rows with these key values end, in recorded time, at `recordedUntil`. */
export interface Closing {
  readonly key: readonly unknown[];
  readonly recordedUntil: string;
}

/**
 * A bitemporal table and the version of a key that a change closes (its
 * "open" version), said the three ways a step needs it: as TypeORM's `where`
 * to read the stored ones, as SQL for the UPDATE that closes them, and in code
 * for the rows the step itself wrote.
 */
export interface VersionedTable<Row> {
  readonly entity: EntityTarget<Row & ObjectLiteral>;
  /** The properties a version's key is made of, in the order of `Closing.key`; the first is what a step looks rows up by. */
  readonly keyProperties: readonly (keyof Row & string)[];
  readonly open: {
    readonly where: FindOptionsWhere<Row & ObjectLiteral>;
    readonly sql: SqlStatement;
    readonly test: (row: Row) => boolean;
  };
}

/**
 * Closes, for each of `closings`, the rows of the table whose key columns
 * hold its key and that match `open`, at its own instant, in one UPDATE per
 * chunk. VALUES names its columns column1, column2, ... on both databases;
 * each value is cast to its column's type, which PostgreSQL cannot infer there.
 */
export async function closeVersions<Row>(tx: EntityManager, table: VersionedTable<Row>, closings: readonly Closing[]): Promise<void> {
  if (closings.length === 0) return;
  const metadata = tx.connection.getMetadata(table.entity);
  const keys = table.keyProperties.map((property) => metadata.findColumnWithPropertyName(property)!);
  const until = metadata.findColumnWithPropertyName('recordedUntil')!;
  const name = sqlText(metadata.tableName);
  const cast = (value: unknown, type: unknown) => sql`CAST(${value} AS ${sqlText(String(type))})`;
  const matches = sqlText(keys.map((column, i) => `${metadata.tableName}.${column.databaseName} = closing.column${i + 1}`).join(' AND '));
  for (const chunk of chunks(closings, Math.floor(MAX_PARAMETERS / (keys.length + 1)))) {
    const values = chunk.map((closing) => sql`(${joinSql([...keys.map((column, i) => cast(closing.key[i], column.type)), cast(closing.recordedUntil, until.type)], ', ')})`);
    await queryRows(
      tx,
      sql`UPDATE ${name} SET ${sqlText(until.databaseName)} = closing.column${sqlText(String(keys.length + 1))}
          FROM (VALUES ${joinSql(values, ', ')}) AS closing WHERE ${matches} AND ${table.open.sql}`,
    );
  }
}

/** The results of `find` for `keys` in chunks the parameter limit allows (an `In(...)` list is a parameter per key). */
export async function findByKeys<Key, Row>(keys: readonly Key[], find: (chunk: Key[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chunk of chunks(keys, MAX_PARAMETERS)) rows.push(...(await find(chunk)));
  return rows;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
