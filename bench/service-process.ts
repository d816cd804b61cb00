import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignJWT } from 'jose';
import type { Role } from '../apps/register/src/auth/authenticated-subject';

const SECRET = 'szmh-register-bench-secret-0123456789abcdef';
/** The built service beside this file once compiled (dist/bench -> dist/apps). */
const SERVICE_ENTRY = join(__dirname, '..', 'apps', 'register', 'src', 'main.js');
const START_TIMEOUT_MS = 60_000;

/** A process the bench started and listens on `port`; `stop` ends it and waits for its exit. */
export interface ListeningProcess {
  readonly port: number;
  stop(): Promise<void>;
}

/** The built service as `npm start` runs it, on `dataDir`, with `processes` HTTP processes once all have started. */
export async function startBuiltService(dataDir: string, processes = 1, beforeStart?: (env: NodeJS.ProcessEnv) => void): Promise<ListeningProcess> {
  const port = await freePort();
  const env = { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'silent', REGISTER_JWT_SECRET: SECRET, REGISTER_DATA_DIR: dataDir, REGISTER_HTTP_PROCESSES: String(processes) };
  // A hook on the service's settings before it starts, e.g. to add a page account with the CLI.
  beforeStart?.(env);
  return startListening(spawn(process.execPath, [SERVICE_ENTRY], { env, stdio: ['ignore', 'ignore', 'inherit'] }), port, processes);
}

/** A node script of the bench started with the port it must listen on as its first argument, then `args`. */
export async function startScript(script: string, processes: number, args: readonly string[]): Promise<ListeningProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [script, String(port), String(processes), ...args], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'ignore', 'inherit'] });
  return startListening(child, port, processes);
}

/** A bearer token the bench's services accept. */
export function benchToken(roles: readonly Role[]): Promise<string> {
  return new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
}

async function startListening(child: ChildProcess, port: number, processes: number): Promise<ListeningProcess> {
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await startedWithin(child, port, processes);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}

/** Healthy on `port` with all `processes` started (node:cluster starts the workers once the primary runs). */
async function startedWithin(child: ChildProcess, port: number, processes: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process exited with code ${child.exitCode} while starting`);
    const healthy = (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.status === 200;
    if (healthy && (processes === 1 || childrenOf(child.pid!) >= processes)) return;
    await sleep(100);
  }
  throw new Error(`not healthy with ${processes} processes within ${START_TIMEOUT_MS} ms`);
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
