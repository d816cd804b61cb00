import type { DataSource } from 'typeorm';

/**
 * Every `rm_` table the database holds, each as its rows serialised and
 * sorted: the comparison needs an order independent of how the database
 * returns rows, and every table's primary key is one of its columns.
 */
export async function readModelRows(dataSource: DataSource): Promise<Record<string, string[]>> {
  const catalogue =
    dataSource.options.type === 'postgres'
      ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'rm\\_%'`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\'`;
  const tables: { name: string }[] = await dataSource.query(catalogue);
  const models: Record<string, string[]> = {};
  for (const { name } of [...tables].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${name}`);
    models[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return models;
}
