// The register's database plumbing, shared by the event store and the read models: TypeORM holds
// the connection and runs the migrations (schema-migrations.ts); hand-written SQL on the hot paths
// is written once for both databases (sql.ts), the dialect differences live in sql-dialect.ts.
export * from './better-sqlite-connection';
export * from './bigint-column';
export * from './schema-migrations';
export * from './select-columns';
export * from './snake-case-naming.strategy';
export * from './sql';
export * from './sql-dialect';
export * from './data-source-options';
