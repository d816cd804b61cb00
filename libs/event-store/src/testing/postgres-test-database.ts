import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** URL of the new, empty database. */
  readonly url: string;
  readonly name: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * The server the integration tests share: started by
 * test/support/postgres.global-setup.ts, or the user's DATABASE_URL.
 */
function testServerUrl(): string {
  const url = process.env.REGISTER_TEST_DATABASE_URL;
  if (!url) throw new Error('REGISTER_TEST_DATABASE_URL is not set: run the tests through the jest `integration` project');
  return url;
}

/**
 * A database of its own for one test file or suite, so concurrent Jest workers
 * never see each other's events, tables or advisory locks.
 */
export async function createTestDatabase(serverUrl: string = testServerUrl()): Promise<TestDatabase> {
  const name = `register_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)),
  };
}

/** A fresh schema name, for one store (or one test) inside a test database. */
export function randomSchemaName(label = 'events'): string {
  return `${label}_${randomBytes(6).toString('hex')}`;
}

async function onServer(serverUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
