import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import { builtEntry } from '../../app/support/built-entry';
import { childEnv, runWithInput } from '../../app/support/child-process-run';
import { freePort } from '../../app/support/free-port';
import { BROWSER_SUITE_ENV, CHROMIUM, CHROMIUM_ARGS, SUITE_ACCOUNTS, type BrowserSuite } from './browser-suite.config';
import { pollUntil } from '../../app/support/poll-until';

declare global {
  /** What globalTeardown, which runs in this same process, stops. */
  var __registerBrowserSuite: { service: ChildProcess; browser: BrowserServer; dataDir: string } | undefined;
}

/**
 * One built service with the demo loaded and one Chromium for the whole
 * `browser` project (the issue asks for both, so the suite stays within a few
 * minutes): the tests connect to them through BROWSER_SUITE_ENV.
 */
export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'register-browser-'));
  const env = childEnv({ REGISTER_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  for (const account of SUITE_ACCOUNTS) await addAccount(env, account);
  const port = await freePort();
  const service = spawn(process.execPath, [builtEntry('register'), '--demo'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  globalThis.__registerBrowserSuite = { service, browser, dataDir };
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(baseUrl, service);
  const suite: BrowserSuite = { baseUrl, wsEndpoint: browser.wsEndpoint(), registrarToken: await registrarToken(env) };
  process.env[BROWSER_SUITE_ENV] = JSON.stringify(suite);
  await writeFile(join(dataDir, 'suite.json'), JSON.stringify(suite));
}

async function addAccount(env: NodeJS.ProcessEnv, account: (typeof SUITE_ACCOUNTS)[number]): Promise<void> {
  const args = ['user', 'add', account.name, ...account.roles.flatMap((role) => ['--role', role]), ...account.municipalities.flatMap((code) => ['--municipality', code]), '--password-stdin'];
  const run = await runWithInput(builtEntry('register-cli'), args, env, `${account.password}\n`);
  if (run.code !== 0) throw new Error(`user add ${account.name} failed: ${run.stderr}`);
}

async function registrarToken(env: NodeJS.ProcessEnv): Promise<string> {
  const run = await runWithInput(builtEntry('register-cli'), ['token', '--sub', 'browser-suite-registrar', '--role', 'registrar'], env, '');
  if (run.code !== 0) throw new Error(`token failed: ${run.stderr}`);
  return run.stdout.trim();
}

async function waitUntilHealthy(baseUrl: string, service: ChildProcess, ms = 60_000): Promise<void> {
  await pollUntil(
    async () => {
      if (service.exitCode !== null) throw new Error(`the service exited with ${service.exitCode} before it was healthy`);
      const response = await fetch(`${baseUrl}/health`).catch(() => undefined);
      return response?.status === 200 ? true : undefined;
    },
    ms,
    () => `the service at ${baseUrl} was not healthy within ${ms} ms`,
  );
}

