import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { dialectOf } from '@register/database';
import { PostgresAdvisoryLease } from './postgres-advisory.lease';
import type { ProjectionLease } from './projection-lease';
import { SqliteRowLease } from './sqlite-row.lease';

/**
 * The lease for the database of `dataSource`: a PostgreSQL advisory lock held
 * by a dedicated session, or a row with an expiry in SQLite, which has no
 * locks that outlive a statement. `role` says who holds it in messages.
 */
export function projectionLeaseFor(dataSource: DataSource, role: string): ProjectionLease {
  const holder = `${role} (pid ${process.pid} on ${hostname()}, ${randomBytes(4).toString('hex')})`;
  const dialect = dialectOf(dataSource);
  switch (dialect) {
    case 'postgres':
      return new PostgresAdvisoryLease(dataSource, holder);
    case 'sqlite':
      return new SqliteRowLease(dataSource, holder);
    default: {
      const unknown: never = dialect;
      throw new Error(`No projection lease for ${String(unknown)}`);
    }
  }
}
