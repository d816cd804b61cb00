import { createHash, randomBytes } from 'node:crypto';
import { queryRows, sql } from '@register/database';
import { IsNull, LessThan, type DataSource, type Repository } from 'typeorm';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { type WebSessionRow, WebSessionSchema } from '../accounts/web-tables.schema';
import { type PendingSignIn, SESSION_IDLE_MS, type WebSession } from './web-session';

// Refreshing last_seen_at on every page would write once per request; once a minute keeps the idle limit exact enough.
const TOUCH_AFTER_MS = 60 * 1000;
// Ended and idle sessions open nothing; after a day they are deleted, so visitors cannot grow the table without end.
const KEEP_DEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Server-side sessions (web_sessions). The id is 32 random bytes; the table
 * keeps only its SHA-256, so a copy of the database opens no session. A
 * session ends when it is ended (logout, sign-in, a disabled account) or after
 * SESSION_IDLE_MS without a request, and an ended id never comes back.
 */
export class WebSessionStore {
  private readonly sessions: Repository<WebSessionRow>;

  constructor(private readonly dataSource: DataSource) {
    this.sessions = dataSource.getRepository(WebSessionSchema);
  }

  async open(subject: AuthenticatedSubject | undefined, pending: PendingSignIn | undefined, now: Date): Promise<WebSession> {
    const session: WebSession = { id: randomToken(), subject, csrfToken: randomToken(), pending };
    const at = now.toISOString();
    await this.sessions.delete({ lastSeenAt: LessThan(new Date(now.getTime() - KEEP_DEAD_MS).toISOString()) });
    await this.sessions.insert({
      idHash: hashOf(session.id),
      subject: subject === undefined ? null : JSON.stringify(subject),
      csrfToken: session.csrfToken,
      pending: pending === undefined ? null : JSON.stringify(pending),
      createdAt: at,
      lastSeenAt: at,
      endedAt: null,
    });
    return session;
  }

  /** The live session with this id, its idle time restarted; undefined for an unknown, ended or idle one. */
  async find(id: string, now: Date): Promise<WebSession | undefined> {
    // Every page request asks this: one prepared statement rather than a query TypeORM builds anew from find options each time.
    const [row] = await queryRows<LiveSessionRow>(
      this.dataSource,
      sql`SELECT id_hash, subject, csrf_token, pending, last_seen_at FROM web_sessions WHERE id_hash = ${hashOf(id)} AND ended_at IS NULL`,
    );
    if (row === undefined) return undefined;
    const idle = now.getTime() - Date.parse(row.last_seen_at);
    if (idle >= SESSION_IDLE_MS) {
      await this.end(id, now);
      return undefined;
    }
    if (idle >= TOUCH_AFTER_MS) await this.sessions.update({ idHash: row.id_hash }, { lastSeenAt: now.toISOString() });
    return {
      id,
      subject: row.subject === null ? undefined : (JSON.parse(row.subject) as AuthenticatedSubject),
      csrfToken: row.csrf_token,
      pending: row.pending === null ? undefined : (JSON.parse(row.pending) as PendingSignIn),
    };
  }

  async end(id: string, now: Date): Promise<void> {
    await this.sessions.update({ idHash: hashOf(id), endedAt: IsNull() }, { endedAt: now.toISOString() });
  }

  /** Ends every live session of a subject, e.g. when its account is disabled. */
  async endAllOf(sub: string, now: Date): Promise<number> {
    const live = await this.sessions.findBy({ endedAt: IsNull() });
    const theirs = live.filter((row) => row.subject !== null && (JSON.parse(row.subject) as AuthenticatedSubject).sub === sub);
    for (const row of theirs) await this.sessions.update({ idHash: row.idHash }, { endedAt: now.toISOString() });
    return theirs.length;
  }
}

/** The columns of a live session that find reads, as the database names them. */
interface LiveSessionRow {
  readonly id_hash: string;
  readonly subject: string | null;
  readonly csrf_token: string;
  readonly pending: string | null;
  readonly last_seen_at: string;
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function hashOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
