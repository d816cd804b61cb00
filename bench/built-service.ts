import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignJWT } from 'jose';

/** The built service beside this file once compiled (dist/bench -> dist/apps). */
const SERVICE_ENTRY = join(__dirname, '..', 'apps', 'register', 'src', 'main.js');
const START_TIMEOUT_MS = 60_000;
const BENCH_SECRET = 'szmh-register-bench-secret-0123456789abcdef';

export interface BuiltService {
  readonly port: number;
  stop(): Promise<void>;
}

/** The built service as `npm start` runs it, on the SQLite file in `dataDir`, healthy with all `processes` started. */
export async function startBuiltService(dataDir: string, processes = 1, beforeStart?: (env: NodeJS.ProcessEnv) => void): Promise<BuiltService> {
  const port = await freePort();
  const env = { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: BENCH_SECRET, REGISTER_DATA_DIR: dataDir, REGISTER_HTTP_PROCESSES: String(processes) };
  // A hook on the service's own settings before it starts, e.g. to add a page account with the CLI.
  beforeStart?.(env);
  const service = spawn(process.execPath, [SERVICE_ENTRY], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = async () => {
    service.kill('SIGTERM');
    await new Promise((resolve) => (service.exitCode === null ? service.once('exit', resolve) : resolve(undefined)));
  };
  try {
    await startedWithin(service, port, processes);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}

/** A bearer token the bench's services accept. */
export function benchToken(roles: readonly string[]): Promise<string> {
  return new SignJWT({ roles: [...roles] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(BENCH_SECRET));
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
