import { resolve } from 'node:path';
import { InvalidConfigError } from './invalid-config.error';
import { loadAuditConfig } from './load-audit-config';
import { loadAuthConfig } from './load-auth-config';
import { loadWebConfig } from './load-web-config';
import {
  LOG_LEVELS,
  type LogLevel,
  type RegisterConfig,
  SQLITE_FILE_NAME,
  STORE_KINDS,
  type StoreConfig,
  type StoreKind,
} from './register-config';

export type Environment = Readonly<Record<string, string | undefined>>;

const DEFAULT_DATA_DIR = './data';
const DEFAULT_PORT = 3000;
const DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS = 5_000;
/** More processes than cores only adds switching; 64 is far beyond the machines this runs on. */
const MAX_HTTP_PROCESSES = 64;
/** Ten minutes: longer than any client or proxy waits for an answer. */
const MAX_READ_YOUR_WRITES_TIMEOUT_MS = 600_000;

/**
 * Reads and checks every setting the service knows. Collects all problems
 * before failing, so one restart fixes them all. Secret values never appear in
 * a message.
 *
 * @throws InvalidConfigError naming each wrong variable and what it accepts.
 */
export function loadRegisterConfig(env: Environment, cwd: string): RegisterConfig {
  const problems: string[] = [];
  const dataDir = resolve(cwd, value(env, 'REGISTER_DATA_DIR') ?? DEFAULT_DATA_DIR);
  const storeKind = oneOf(env, 'REGISTER_STORE', STORE_KINDS, 'sqlite', problems);
  const store = storeKind && storeConfig(env, storeKind, dataDir, problems);
  const port = portNumber(env, problems);
  const { jwtSecret, oidc } = loadAuthConfig((name) => value(env, name), storeKind, problems);
  const logLevel = oneOf<LogLevel>(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems);
  const readYourWritesTimeoutMs = readYourWritesTimeout(env, problems);
  const demo = flag(env, 'REGISTER_DEMO', problems);
  const httpProcesses = httpProcessCount(env, problems);
  const web = loadWebConfig((name) => value(env, name), problems);
  const audit = loadAuditConfig((name) => value(env, name), storeKind, problems);
  if (problems.length > 0 || !store || !logLevel) throw new InvalidConfigError(problems);
  return { store, dataDir, port, jwtSecret, oidc, logLevel, readYourWritesTimeoutMs, demo, httpProcesses, web, audit };
}

/** An empty variable counts as unset: `FOO= npm start` should mean the default. */
function value(env: Environment, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
}

function oneOf<T extends string>(
  env: Environment,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T | undefined {
  const raw = value(env, name) ?? fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}`);
  return undefined;
}

function storeConfig(env: Environment, kind: StoreKind, dataDir: string, problems: string[]): StoreConfig | undefined {
  switch (kind) {
    case 'sqlite':
      return { kind, file: resolve(dataDir, SQLITE_FILE_NAME) };
    case 'postgres': {
      const databaseUrl = postgresUrl(env, kind, problems);
      return databaseUrl === undefined ? undefined : { kind, databaseUrl };
    }
    case 'eventstoredb': {
      const databaseUrl = postgresUrl(env, kind, problems);
      const connectionString = eventStoreDbConnectionString(env, problems);
      if (databaseUrl === undefined || connectionString === undefined) return undefined;
      return { kind, connectionString, databaseUrl };
    }
    default: {
      const unknown: never = kind;
      throw new Error(`Unhandled store kind ${String(unknown)}`);
    }
  }
}

function postgresUrl(env: Environment, storeKind: StoreKind, problems: string[]): string | undefined {
  const raw = value(env, 'DATABASE_URL');
  if (raw === undefined) {
    problems.push(`DATABASE_URL is required when REGISTER_STORE is ${storeKind}`);
    return undefined;
  }
  if (!/^postgres(ql)?:$/.test(protocolOf(raw) ?? '')) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
    return undefined;
  }
  return raw;
}

function eventStoreDbConnectionString(env: Environment, problems: string[]): string | undefined {
  const raw = value(env, 'EVENTSTORE_CONNECTION_STRING');
  if (raw === undefined) {
    problems.push('EVENTSTORE_CONNECTION_STRING is required when REGISTER_STORE is eventstoredb');
    return undefined;
  }
  if (!/^esdb(\+discover)?:\/\/./.test(raw)) {
    problems.push('EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://');
    return undefined;
  }
  return raw;
}

function protocolOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

function portNumber(env: Environment, problems: string[]): number {
  const raw = value(env, 'PORT');
  if (raw === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (port >= 1 && port <= 65535) return port;
  problems.push(`PORT must be an integer from 1 to 65535; got ${JSON.stringify(raw)}`);
  return DEFAULT_PORT;
}

function readYourWritesTimeout(env: Environment, problems: string[]): number {
  const name = 'REGISTER_READ_YOUR_WRITES_TIMEOUT_MS';
  const raw = value(env, name);
  if (raw === undefined) return DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS;
  const ms = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (ms >= 1 && ms <= MAX_READ_YOUR_WRITES_TIMEOUT_MS) return ms;
  problems.push(`${name} must be an integer from 1 to ${MAX_READ_YOUR_WRITES_TIMEOUT_MS} (milliseconds); got ${JSON.stringify(raw)}`);
  return DEFAULT_READ_YOUR_WRITES_TIMEOUT_MS;
}

function httpProcessCount(env: Environment, problems: string[]): number {
  const name = 'REGISTER_HTTP_PROCESSES';
  const raw = value(env, name);
  if (raw === undefined) return 1;
  const count = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (count >= 1 && count <= MAX_HTTP_PROCESSES) return count;
  problems.push(`${name} must be an integer from 1 to ${MAX_HTTP_PROCESSES}; got ${JSON.stringify(raw)}`);
  return 1;
}

/**
 * A switch: `true` or `false`, nothing else. A typo such as `ture` or `yes`
 * must stop the boot rather than quietly mean false.
 */
function flag(env: Environment, name: string, problems: string[]): boolean {
  const raw = value(env, name);
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  problems.push(`${name} must be true or false; got ${JSON.stringify(raw)}`);
  return false;
}
