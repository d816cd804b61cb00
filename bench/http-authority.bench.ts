import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignJWT } from 'jose';
import { SQLITE_FILE_NAME } from '../apps/register/src/config/register-config';
import { API_PREFIX } from '../apps/register/src/configure-app';
import type { BenchContext } from './bench-context';
import { questionFor, type ChainEnd } from './nationwide-history';
import type { BenchResult } from './report';
import { addBenchAccount, type Cannon, type CannonResult, webAuthority } from './web-authority.bench';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<CannonResult>;

const SECRET = 'szmh-register-bench-secret-0123456789abcdef';
const TARGET_RPS = 3_000;
/** The built service beside this file once compiled (dist/bench -> dist/apps). */
const SERVICE_ENTRY = join(__dirname, '..', 'apps', 'register', 'src', 'main.js');
const START_TIMEOUT_MS = 30_000;

/**
 * The built service as `npm start` runs it, with one HTTP process per core
 * (REGISTER_HTTP_PROCESSES, as the README advises for throughput), on a copy
 * of the projected SQLite file, asked GET /authority by autocannon over
 * loopback with 10 connections; then the same questions as pages and
 * statements (web-authority.bench.ts) on the same service in the same run.
 */
export async function httpAuthority(ctx: BenchContext, file: string, chainEnds: readonly ChainEnd[]): Promise<BenchResult[]> {
  const dataDir = join(ctx.workDir, 'http-authority');
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(file, join(dataDir, SQLITE_FILE_NAME));
  const processes = availableParallelism();
  const port = await freePort();
  const env = { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: SECRET, REGISTER_DATA_DIR: dataDir, REGISTER_HTTP_PROCESSES: String(processes) };
  addBenchAccount(env);
  const service = spawn(process.execPath, [SERVICE_ENTRY], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await startedWithin(service, port, processes);
    ctx.note(`http.authority: the built service with REGISTER_HTTP_PROCESSES=${processes} (one per core), autocannon in a worker thread of the bench`);
    const token = await new SignJWT({ roles: ['reader'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    const questions = Array.from({ length: 500 }, (_, n) => {
      const { actor, power, municipality, validOn, amount } = questionFor(chainEnds, n);
      return new URLSearchParams({ actor, power, municipality, validOn, amount: String(amount) });
    });
    const paths = questions.map((question) => `/${API_PREFIX}/authority?${question.toString()}`);
    const cannon = loadOn(`http://127.0.0.1:${port}`);
    const headers = { authorization: `Bearer ${token}` };
    await cannon(paths, headers, 2);
    const result = await cannon(paths, headers, 5);
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`http.authority: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    const rps = result.requests.total / (result.duration || 5);
    const http = { name: 'http.authority', unit: 'req/s', value: Math.round(rps), referenceName: 'target', referenceValue: TARGET_RPS, ratio: Math.round((rps / TARGET_RPS) * 1000) / 1000, target: 1 };
    return [http, ...(await webAuthority(`http://127.0.0.1:${port}`, questions, cannon, { paths, headers }))];
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => (service.exitCode === null ? service.once('exit', resolve) : resolve(undefined)));
  }
}

/** autocannon with 10 connections over loopback. */
function loadOn(url: string): Cannon {
  // `workers: 1` fires the requests from a worker thread, so the load generator does not wait on the bench's own event loop.
  return (paths, headers, duration): Promise<CannonResult> =>
    autocannon({ url, connections: 10, workers: 1, duration, headers, requests: paths.map((path) => ({ method: 'GET', path })) });
}

/** Healthy on `port` with all `processes` started (the supervisor starts the others once the first listens). */
async function startedWithin(service: ChildProcess, port: number, processes: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (service.exitCode !== null) throw new Error(`the service exited with code ${service.exitCode} while starting`);
    const healthy = (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.status === 200;
    if (healthy && (processes === 1 || childrenOf(service.pid!) >= processes)) return;
    await sleep(100);
  }
  throw new Error(`the service was not healthy with ${processes} processes within ${START_TIMEOUT_MS} ms`);
}

function childrenOf(pid: number): number {
  const listed = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return listed === '' ? 0 : listed.split(/\s+/).length;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
