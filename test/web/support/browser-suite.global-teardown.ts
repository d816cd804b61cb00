import { rm } from 'node:fs/promises';

/** Stops what the setup started: the browser, then the service (SIGTERM, waited for), then its data. */
export default async function teardown(): Promise<void> {
  const suite = globalThis.__registerBrowserSuite;
  if (suite === undefined) return;
  globalThis.__registerBrowserSuite = undefined;
  await suite.browser.close();
  if (suite.service.exitCode === null) {
    const exited = new Promise((resolve) => suite.service.once('close', resolve));
    suite.service.kill('SIGTERM');
    await exited;
  }
  await rm(suite.dataDir, { recursive: true, force: true });
}
