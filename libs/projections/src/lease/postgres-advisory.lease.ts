import { createHash } from 'node:crypto';
import { Client, type ClientConfig, type Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { ProjectionLease } from './projection-lease';

/**
 * The lease's advisory lock: one bigint key, apart from the event store's and
 * the schema's two-int4 keys. Advisory locks are per database, so two
 * registers on one server (or two test databases) never meet.
 */
const LEASE_KEY = createHash('sha256').update('szmh-register:projections').digest().readBigInt64BE(0);

/** How pg_locks shows a bigint advisory key: its high and low halves as unsigned 32-bit numbers. */
const LEASE_KEY_HALVES = [BigInt.asUintN(32, LEASE_KEY >> 32n), BigInt.asUintN(32, LEASE_KEY)].map(String);

/** A session that dies takes its lock with it; checking that often bounds how long we believe in a lost lease. */
const RENEW_EVERY_MS = 5_000;

/**
 * The lease on PostgreSQL: a session-level `pg_try_advisory_lock`, held by a
 * connection of its own for as long as this projector leads. Never a pooled
 * connection: one that went back to the pool still holding the lock would keep
 * it for whoever borrowed it next. When the session ends, for whatever reason,
 * PostgreSQL releases the lock and a standby instance takes over.
 */
export class PostgresAdvisoryLease implements ProjectionLease {
  readonly renewEveryMs = RENEW_EVERY_MS;
  private session: Client | undefined;
  private sessionLost = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly holder: string,
  ) {}

  async acquire(): Promise<boolean> {
    if (this.session) return this.renew();
    const session = new Client(this.sessionConfig());
    session.on('error', () => {
      this.sessionLost = true;
    });
    await session.connect();
    this.sessionLost = false;
    try {
      const { rows } = await session.query<{ held: boolean }>('SELECT pg_try_advisory_lock($1) AS held', [LEASE_KEY.toString()]);
      if (rows[0]?.held) {
        this.session = session;
        return true;
      }
    } catch (error) {
      await session.end().catch(() => undefined);
      throw error;
    }
    await session.end();
    return false;
  }

  async renew(): Promise<boolean> {
    if (!this.session || this.sessionLost) {
      await this.release();
      return false;
    }
    try {
      await this.session.query('SELECT 1');
      return true;
    } catch {
      await this.release();
      return false;
    }
  }

  /** Ending the session releases the lock, even when the unlock could not have been sent. */
  async release(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await session?.end().catch(() => undefined);
  }

  async describeHolder(): Promise<string | undefined> {
    const rows: { pid: number; application_name: string; client_addr: string | null; backend_start: Date }[] =
      await this.dataSource.query(
        `SELECT a.pid, a.application_name, a.client_addr::text AS client_addr, a.backend_start
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1`,
        LEASE_KEY_HALVES,
      );
    const [row] = rows;
    if (!row) return undefined;
    const client = row.client_addr ? ` from ${row.client_addr}` : '';
    return `held by PostgreSQL session ${row.pid} "${row.application_name}"${client}, connected since ${row.backend_start.toISOString()}`;
  }

  /** The settings of the DataSource's own pool, so the lease reaches the same database the same way. */
  private sessionConfig(): ClientConfig {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const application = `register projections: ${this.holder}`.slice(0, 63);
    return { ...(pool.options as ClientConfig), application_name: application };
  }
}
