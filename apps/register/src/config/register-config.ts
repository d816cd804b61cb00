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

/** The service's whole configuration, validated once at boot. */
export interface RegisterConfig {
  readonly store: StoreConfig;
  /** Absolute path of the folder that holds the embedded default's data. */
  readonly dataDir: string;
  readonly port: number;
  /** HS256 secret for bearer tokens; absent until someone configures one. */
  readonly jwtSecret: string | undefined;
  readonly logLevel: LogLevel;
}

export const REGISTER_CONFIG = Symbol('RegisterConfig');

export const SQLITE_FILE_NAME = 'register.sqlite';
