/**
 * What went wrong with the database, as far as a client and an operator need
 * to know: its file is gone (deleted or replaced under a running service), it
 * is damaged, the disk is full, or the server cannot be reached.
 */
export type StorageFailureKind = 'gone' | 'damaged' | 'full' | 'unreachable';

export interface StorageFailure {
  readonly kind: StorageFailureKind;
  /** The driver's own words, for the log. */
  readonly message: string;
}

/**
 * The store refused to go on because its storage is not the one it opened,
 * or is unusable: nothing it did since can be acknowledged.
 */
export class StorageUnavailable extends Error {
  readonly code = 'STORAGE_UNAVAILABLE';

  constructor(
    readonly kind: StorageFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'StorageUnavailable';
  }
}

/** better-sqlite3's codes (SQLite's primary and extended result codes by name). */
function sqliteKind(code: string): StorageFailureKind | undefined {
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY_DBMOVED') return 'gone';
  if (code.startsWith('SQLITE_IOERR')) return 'unreachable';
  return undefined;
}

/** PostgreSQL's SQLSTATE classes and codes (Appendix A of its manual). */
function postgresKind(code: string): StorageFailureKind | undefined {
  if (code === '53100') return 'full'; // disk_full
  if (code === 'XX001' || code === 'XX002') return 'damaged'; // data_corrupted, index_corrupted
  // 08: connection exception; 57P01-03: shut down or starting; 53: out of resources; 58: system (I/O) error.
  if (code.startsWith('08') || /^57P0[1-3]$/.test(code) || code.startsWith('53') || code.startsWith('58')) return 'unreachable';
  return undefined;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** What pg throws, without a code, when its connection ends or never comes. */
const LOST_CONNECTION = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

function kindOf(error: { code?: unknown; message?: unknown }): StorageFailureKind | undefined {
  if (error instanceof StorageUnavailable) return error.kind;
  const code = typeof error.code === 'string' ? error.code : '';
  if (code.startsWith('SQLITE_')) return sqliteKind(code);
  // Node's system errors before SQLSTATEs: EPIPE has five capitals too.
  if (NETWORK_CODES.has(code)) return 'unreachable';
  if (code === 'ENOSPC') return 'full';
  if (/^[0-9A-Z]{5}$/.test(code)) return postgresKind(code);
  return typeof error.message === 'string' && LOST_CONNECTION.test(error.message) ? 'unreachable' : undefined;
}

/**
 * The storage failure behind `error`, if that is what it is: an error of
 * SQLite, PostgreSQL or the network that says the database cannot serve,
 * also when TypeORM wraps it (`driverError`) or another error carries it as
 * `cause`. Undefined for anything else, a refused constraint included.
 */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    const kind = kindOf(candidate);
    if (kind) return { kind, message: typeof candidate.message === 'string' ? candidate.message : String(candidate.code) };
    current = candidate.driverError ?? candidate.cause;
  }
  return undefined;
}
