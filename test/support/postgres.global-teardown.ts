/** Stops the server globalSetup started, if it started one (not with DATABASE_URL). */
export default async function teardown(): Promise<void> {
  const server = globalThis.__registerEmbeddedPostgres;
  if (!server) return;
  globalThis.__registerEmbeddedPostgres = undefined;
  delete process.env.REGISTER_TEST_DATABASE_URL;
  await server.stop();
}
