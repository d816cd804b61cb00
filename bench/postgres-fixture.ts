import { Client } from 'pg';
import { startEmbeddedPostgres } from '../libs/event-store/src/testing/embedded-postgres';

/**
 * One embedded PostgreSQL for every PostgreSQL measurement, with fsync and
 * synchronous_commit as the server ships them (on). Each measurement gets a
 * schema of its own, so no side writes into a table the other side filled.
 */
export class PostgresFixture {
  private schemaCounter = 0;

  private constructor(
    readonly url: string,
    private readonly admin: Client,
    private readonly stopServer: () => Promise<void>,
  ) {}

  static async start(): Promise<PostgresFixture> {
    const server = await startEmbeddedPostgres();
    const admin = new Client({ connectionString: server.url });
    try {
      await admin.connect();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return new PostgresFixture(server.url, admin, () => server.stop());
  }

  /** A schema name no measurement used yet; the schema itself is created by whoever uses it. */
  nextSchemaName(label: string): string {
    this.schemaCounter += 1;
    return `bench_${label}_${this.schemaCounter}`;
  }

  /**
   * A new, empty database on the server, for a measurement that lays its
   * tables out as the service does: events and read models in `public`.
   */
  async createDatabase(label: string): Promise<{ name: string; url: string }> {
    const name = this.nextSchemaName(label);
    await this.admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    return { name, url: url.toString() };
  }

  /** Drops a database from `createDatabase`, closing connections a failed measurement left open. */
  async dropDatabase(name: string): Promise<void> {
    await this.admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  get adminClient(): Client {
    return this.admin;
  }

  /**
   * Flushes the dirty pages an earlier measurement left, so a checkpoint does
   * not land in the middle of the next one and slow whichever side runs then.
   */
  async checkpoint(): Promise<void> {
    await this.admin.query('CHECKPOINT');
  }

  async dropSchema(schema: string): Promise<void> {
    await this.admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  /** The durability settings both sides ran with, for the report. */
  async durability(): Promise<string> {
    const names = ['fsync', 'synchronous_commit', 'wal_sync_method', 'server_version'];
    const values: string[] = [];
    for (const name of names) {
      const { rows } = await this.admin.query<Record<string, string>>(`SHOW ${name}`);
      values.push(`${name}=${rows[0][name]}`);
    }
    return values.join(', ');
  }

  async stop(): Promise<void> {
    try {
      await this.admin.end();
    } finally {
      await this.stopServer();
    }
  }
}
