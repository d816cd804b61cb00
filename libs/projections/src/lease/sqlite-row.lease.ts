import { hostname } from 'node:os';
import { runStatement, sql } from '@register/database';
import { type DataSource, MoreThan } from 'typeorm';
import type { ProjectionLease } from './projection-lease';
import { ProjectionLeaseEntity } from './projection-lease.entity';

/** Long enough to ride out a slow step and a busy disk; a crashed holder on another host blocks others at most this long. */
const SQLITE_LEASE_TTL_MS = 30_000;

const LEASE_NAME = 'projections';

/**
 * The lease on SQLite: a row naming its holder with an expiry, renewed every
 * third of its lifetime. Taking and renewing it is one conditional upsert,
 * which SQLite's single writer makes atomic across processes: the row changes
 * only when it is free, expired, or already ours. Another process (the command
 * line's rebuild) sees a fresh row and refuses. A holder that crashed frees it
 * when the expiry passes, or at once when it ran on this host and its process
 * is gone (a service restarted after a crash need not wait).
 *
 * On the service's shared connection these statements must not run while a
 * projection step's transaction is open (they would join it): the projector
 * runs them between steps.
 */
export class SqliteRowLease implements ProjectionLease {
  readonly renewEveryMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly holder: string,
    private readonly ttlMs = SQLITE_LEASE_TTL_MS,
  ) {
    this.renewEveryMs = Math.floor(ttlMs / 3);
  }

  async acquire(): Promise<boolean> {
    if (await this.takeOrExtend()) return true;
    const current = await this.current();
    if (!current || current.host !== hostname() || processIsAlive(current.pid)) return false;
    await this.dataSource.manager.delete(ProjectionLeaseEntity, { name: LEASE_NAME, holder: current.holder });
    return this.takeOrExtend();
  }

  renew(): Promise<boolean> {
    return this.takeOrExtend();
  }

  async release(): Promise<void> {
    await this.dataSource.manager.delete(ProjectionLeaseEntity, { name: LEASE_NAME, holder: this.holder });
  }

  async describeHolder(): Promise<string | undefined> {
    const row = await this.current();
    return row ? `held by ${row.holder} until ${new Date(row.expiresAt).toISOString()} unless renewed` : undefined;
  }

  private async current(): Promise<ProjectionLeaseEntity | null> {
    return this.dataSource.manager.findOneBy(ProjectionLeaseEntity, { name: LEASE_NAME, expiresAt: MoreThan(Date.now()) });
  }

  /** One conditional upsert, by hand: TypeORM's upsert has no condition on the row it would replace. */
  private async takeOrExtend(): Promise<boolean> {
    const now = Date.now();
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runStatement(
        runner,
        sql`INSERT INTO projection_lease (name, holder, pid, host, expires_at) VALUES (${LEASE_NAME}, ${this.holder}, ${process.pid}, ${hostname()}, ${now + this.ttlMs})
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, host = excluded.host, expires_at = excluded.expires_at
            WHERE projection_lease.holder = excluded.holder OR projection_lease.expires_at <= ${now}`,
      );
      return result.affected === 1;
    } finally {
      await runner.release();
    }
  }
}

/** Signal 0 only asks whether the process exists; EPERM means it does, under another user. */
function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
