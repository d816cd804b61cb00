import { EntitySchema } from 'typeorm';

/** A local account of the pages (ui.md "Signing in", embedded default); the API's bearer tokens know nothing of it. */
export interface WebAccountRow {
  name: string;
  passwordHash: string;
  /** Roles of api.md, comma-separated in the order of ROLES. */
  roles: string;
  /** CBS codes, comma-separated; an auditor's scope. */
  municipalities: string;
  createdAt: string;
  disabledAt: string | null;
}

/** A server-side session: the cookie holds only its id, the table only that id's SHA-256. */
export interface WebSessionRow {
  idHash: string;
  /** The signed-in subject as JSON; null for a visitor who has not signed in yet. */
  subject: string | null;
  csrfToken: string;
  /** What a sign-in in progress must remember (the OpenID Connect state, the page to return to) as JSON. */
  pending: string | null;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
}

/** Failed sign-ins counted per key (`account:<name>`, `address:<ip>`), so that guessing gets slower. */
export interface WebLoginFailureRow {
  key: string;
  failures: number;
  lastFailureAt: string;
}

export const WebAccountSchema = new EntitySchema<WebAccountRow>({
  name: 'WebAccount',
  tableName: 'web_accounts',
  columns: {
    name: { type: 'varchar', length: 128, primary: true },
    passwordHash: { type: 'text', name: 'password_hash' },
    roles: { type: 'text' },
    municipalities: { type: 'text' },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
    disabledAt: { type: 'varchar', length: 32, name: 'disabled_at', nullable: true },
  },
});

export const WebSessionSchema = new EntitySchema<WebSessionRow>({
  name: 'WebSession',
  tableName: 'web_sessions',
  columns: {
    idHash: { type: 'varchar', length: 64, primary: true, name: 'id_hash' },
    subject: { type: 'text', nullable: true },
    csrfToken: { type: 'varchar', length: 64, name: 'csrf_token' },
    pending: { type: 'text', nullable: true },
    createdAt: { type: 'varchar', length: 32, name: 'created_at' },
    lastSeenAt: { type: 'varchar', length: 32, name: 'last_seen_at' },
    endedAt: { type: 'varchar', length: 32, name: 'ended_at', nullable: true },
  },
});

export const WebLoginFailureSchema = new EntitySchema<WebLoginFailureRow>({
  name: 'WebLoginFailure',
  tableName: 'web_login_failures',
  columns: {
    key: { type: 'varchar', length: 200, primary: true },
    failures: { type: 'integer' },
    lastFailureAt: { type: 'varchar', length: 32, name: 'last_failure_at' },
  },
});

/** The pages' tables, for the DataSource's entity list. */
export const WEB_ENTITIES = [WebAccountSchema, WebSessionSchema, WebLoginFailureSchema];
