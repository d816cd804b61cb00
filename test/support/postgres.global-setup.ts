import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../libs/event-store/src/testing/embedded-postgres';

declare global {
  /** Where globalTeardown, which runs in this same process, finds the server. */
  var __registerEmbeddedPostgres: EmbeddedPostgresServer | undefined;
}

/**
 * One PostgreSQL server for the whole `integration` project; tests reach it
 * through REGISTER_TEST_DATABASE_URL (Jest starts its workers after this, with
 * this environment) and each creates its own database on it
 * (`createTestDatabase`). A server of your own is used instead when
 * DATABASE_URL is set; the role needs CREATEDB.
 */
export default async function setup(): Promise<void> {
  const given = process.env.REGISTER_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    process.env.REGISTER_TEST_DATABASE_URL = given;
    return;
  }
  const server = await startEmbeddedPostgres();
  globalThis.__registerEmbeddedPostgres = server;
  process.env.REGISTER_TEST_DATABASE_URL = server.url;
}
