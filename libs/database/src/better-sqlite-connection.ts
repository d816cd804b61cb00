import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';

/** The better-sqlite3 connection under a TypeORM `better-sqlite3` DataSource (TypeORM 1.x keeps one). */
export function betterSqliteConnectionOf(dataSource: DataSource): BetterSqlite3.Database {
  return (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
}
