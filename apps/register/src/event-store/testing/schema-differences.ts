import type { DataSource } from 'typeorm';

/**
 * Columns a migration makes that no entity can declare: PostgreSQL's
 * `events.transaction_id` is `xid8`, a type TypeORM does not know (see
 * events.entity.ts). Everything else an entity declares, a migration makes,
 * and the other way round.
 */
const MIGRATION_ONLY_COLUMNS: Readonly<Record<string, readonly string[]>> = { events: ['transaction_id'] };

/** Tables of the database that are nobody's entity: TypeORM's record of migrations, SQLite's AUTOINCREMENT bookkeeping. */
const BOOKKEEPING_TABLES = new Set(['migrations', 'sqlite_sequence']);

/**
 * SQLite lets a primary key column other than an INTEGER PRIMARY KEY hold
 * NULL unless it is also declared NOT NULL, and release 88125d7's statements,
 * which the first migrations keep as they were, did not say so (its INTEGER
 * PRIMARY KEY, the rowid, is never NULL, though SQLite reports it nullable).
 * The register never writes a NULL key, so on SQLite a key column's
 * nullability is not compared; rebuilding a dozen tables to add NOT NULL is
 * left for a migration that changes those tables anyway.
 */
function nullabilityCounts(dialect: string, column: { isPrimary: boolean }): boolean {
  return dialect !== 'better-sqlite3' || !column.isPrimary;
}

/**
 * Where the database `dataSource` reaches and the entities it declares
 * disagree, as sentences; empty when every table is declared once and made as
 * declared: the same tables, each with the entity's columns (name and
 * nullability), primary key and named indexes.
 */
export async function schemaDifferences(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    // TypeORM names the tables of the DataSource's own schema bare, those of others (the catalogues) qualified.
    const own = (await runner.getTables()).filter((table) => !table.name.includes('.'));
    const tables = new Map(own.map((table) => [table.name, table]));
    const dialect = dataSource.options.type;
    const differences: string[] = [];
    for (const metadata of dataSource.entityMetadatas) {
      const table = tables.get(metadata.tableName);
      tables.delete(metadata.tableName);
      if (table === undefined) {
        differences.push(`${metadata.tableName}: declared by ${metadata.name} but not in the database`);
        continue;
      }
      const only = MIGRATION_ONLY_COLUMNS[metadata.tableName] ?? [];
      const declared = metadata.columns.map((column) => `${column.databaseName}${column.isNullable && nullabilityCounts(dialect, column) ? ' NULL' : ''}`).sort();
      const made = table.columns
        .filter((column) => !only.includes(column.name))
        .map((column) => `${column.name}${column.isNullable && nullabilityCounts(dialect, column) ? ' NULL' : ''}`)
        .sort();
      if (declared.join() !== made.join()) differences.push(`${metadata.tableName}: declares columns ${declared.join(', ')}; the database has ${made.join(', ')}`);
      const keys = [metadata.primaryColumns.map((column) => column.databaseName).sort().join(), table.primaryColumns.map((column) => column.name).sort().join()];
      if (keys[0] !== keys[1]) differences.push(`${metadata.tableName}: declares primary key (${keys[0]}); the database has (${keys[1]})`);
      const indexes = new Set(table.indices.map((index) => index.name));
      for (const index of metadata.indices) {
        if (index.name !== undefined && !indexes.has(index.name)) differences.push(`${metadata.tableName}: declares index ${index.name}, which the database lacks`);
      }
    }
    for (const name of tables.keys()) if (!BOOKKEEPING_TABLES.has(name)) differences.push(`${name}: in the database, declared by no entity`);
    return differences;
  } finally {
    await runner.release();
  }
}
