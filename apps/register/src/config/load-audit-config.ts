import { LOG_SIGNING_KEY_VARIABLE, NoteKeyError, parseSignerKey } from '@register/verifiable-log';
import type { ReadVariable } from './load-auth-config';
import type { StoreKind } from './register-config';

/** The verifiable log's and the access log's settings (issue 14; README, "Configuration"). */
export interface AuditConfig {
  /** REGISTER_LOG_ORIGIN: the first line of every checkpoint, and the name of the log's key. */
  readonly logOrigin: string;
  /** REGISTER_LOG_SIGNING_KEY, checked to be a signer key of `logOrigin`; the embedded default generates one in its data folder when unset. */
  readonly logSigningKey: string | undefined;
  /** REGISTER_ACCESS_LOG_RETENTION_DAYS: how many days of reads the access log keeps. */
  readonly accessLogRetentionDays: number;
}

/**
 * Names the log of an installation that did not name its own: a schema-less
 * URL (c2sp.org/tlog-checkpoint) that says plainly it is not one on the
 * internet. Set REGISTER_LOG_ORIGIN before the first start: the key is named
 * after it, and changing it later means a new key.
 */
export const DEFAULT_LOG_ORIGIN = 'localhost/szmh-register';
/** Two years of reads, unless the register's owner decides otherwise. */
const DEFAULT_ACCESS_LOG_RETENTION_DAYS = 730;
/** A century: beyond that a number is a typo. */
const MAX_RETENTION_DAYS = 36_500;
/** Printable ASCII without space and "+" (c2sp.org/signed-note key names), at most 255 characters. */
const ORIGIN = /^[\x21-\x2a\x2c-\x7e]{1,255}$/;

/**
 * Reads the audit settings. PostgreSQL and EventStoreDB deployments have no
 * data folder of their own, and must not keep the key in the database it
 * vouches for (whoever can edit the log could then sign the edit), so they
 * need REGISTER_LOG_SIGNING_KEY, as they need REGISTER_JWT_SECRET.
 */
export function loadAuditConfig(read: ReadVariable, storeKind: StoreKind | undefined, problems: string[]): AuditConfig {
  const logOrigin = origin(read, problems);
  const logSigningKey = signingKey(read, logOrigin, problems);
  if (logSigningKey === undefined && read(LOG_SIGNING_KEY_VARIABLE) === undefined && storeKind !== undefined && storeKind !== 'sqlite') {
    problems.push(
      `${LOG_SIGNING_KEY_VARIABLE} is required when REGISTER_STORE is ${storeKind}: only the embedded sqlite default keeps the log's key in its data folder ` +
        '(generate one with: npm run cli -- log new-key)',
    );
  }
  return { logOrigin, logSigningKey, accessLogRetentionDays: retentionDays(read, problems) };
}

function origin(read: ReadVariable, problems: string[]): string {
  const raw = read('REGISTER_LOG_ORIGIN') ?? DEFAULT_LOG_ORIGIN;
  if (!ORIGIN.test(raw)) {
    problems.push(`REGISTER_LOG_ORIGIN must be at most 255 printable characters without spaces or "+", like register.example.nl/log; got ${JSON.stringify(raw)}`);
  } else if (raw.includes('://')) {
    problems.push(`REGISTER_LOG_ORIGIN is a URL without its scheme, like register.example.nl/log; got ${JSON.stringify(raw)}`);
  } else return raw;
  return DEFAULT_LOG_ORIGIN;
}

/** The key is a secret: a message names the variable and the rule, never the value. */
function signingKey(read: ReadVariable, logOrigin: string, problems: string[]): string | undefined {
  const raw = read(LOG_SIGNING_KEY_VARIABLE)?.trim();
  if (raw === undefined) return undefined;
  try {
    const signer = parseSignerKey(raw);
    if (signer.name === logOrigin) return raw;
    problems.push(`${LOG_SIGNING_KEY_VARIABLE} is the key of the log ${JSON.stringify(signer.name)}, but REGISTER_LOG_ORIGIN is ${JSON.stringify(logOrigin)}`);
  } catch (error) {
    const reason = error instanceof NoteKeyError ? error.message : 'it is not an Ed25519 key';
    problems.push(`${LOG_SIGNING_KEY_VARIABLE} must be a signer key PRIVATE+KEY+<origin>+<8 hex digits>+<base64>: ${reason}`);
  }
  return undefined;
}

function retentionDays(read: ReadVariable, problems: string[]): number {
  const name = 'REGISTER_ACCESS_LOG_RETENTION_DAYS';
  const raw = read(name);
  if (raw === undefined) return DEFAULT_ACCESS_LOG_RETENTION_DAYS;
  const days = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (days >= 1 && days <= MAX_RETENTION_DAYS) return days;
  problems.push(`${name} must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}; got ${JSON.stringify(raw)}`);
  return DEFAULT_ACCESS_LOG_RETENTION_DAYS;
}
