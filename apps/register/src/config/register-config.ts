import type { AuditConfig } from './load-audit-config';
import type { WebConfig } from './load-web-config';

/** Where the events live. Each variant carries exactly what that store needs. */
export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly databaseUrl: string }
  /** The read models of an EventStoreDB deployment live in PostgreSQL, hence `databaseUrl`. */
  | { readonly kind: 'eventstoredb'; readonly connectionString: string; readonly databaseUrl: string };

export const STORE_KINDS = ['sqlite', 'postgres', 'eventstoredb'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Tokens must come from `issuer` (its `iss`) and be meant for `audience` (their `aud`). */
export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
}

/** The service's whole configuration, validated once at boot. */
export interface RegisterConfig {
  readonly store: StoreConfig;
  /** Absolute path of the folder that holds the embedded default's data. */
  readonly dataDir: string;
  readonly port: number;
  /** HS256 secret for bearer tokens from the environment; the embedded default generates one when absent. */
  readonly jwtSecret: string | undefined;
  /** An OpenID Connect issuer whose keys verify bearer tokens instead of a secret. */
  readonly oidc: OidcConfig | undefined;
  readonly logLevel: LogLevel;
  /** How long a write waits for the read side to reach its position before answering 503 READ_SIDE_LAGGING. */
  readonly readYourWritesTimeoutMs: number;
  /** REGISTER_DEMO: load the SZMH demo on start when the register is empty (as `npm start -- --demo` does). */
  readonly demo: boolean;
  /** REGISTER_HTTP_PROCESSES: how many processes serve HTTP on the port (node:cluster); one of them projects. */
  readonly httpProcesses: number;
  /** The pages: the public register's switch and how page users sign in. */
  readonly web: WebConfig;
  /** The verifiable log's origin and key, and how long the access log keeps its entries. */
  readonly audit: AuditConfig;
}

export const REGISTER_CONFIG = Symbol('RegisterConfig');

export const SQLITE_FILE_NAME = 'register.sqlite';
