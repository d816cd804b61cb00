import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { sqlDialectOf } from '../runtime/projection-sql';
import { PostgresAdvisoryLease } from './postgres-advisory.lease';
import { SqliteRowLease } from './sqlite-row.lease';

/**
 * The right to run the projections: exactly one projector (a service instance
 * or the command line's rebuild) holds it at a time. Correctness does not rest
 * on it alone: a projector that lost it without noticing is stopped by the
 * checkpoint fence (`CheckpointMovedError`).
 */
export interface ProjectionLease {
  /** Takes the lease when nobody holds it; true when this holder has it now. */
  acquire(): Promise<boolean>;
  /** Confirms (and on SQLite extends) the lease; false once it is lost. */
  renew(): Promise<boolean>;
  /** How often `renew` must run for the lease to stay held. */
  readonly renewEveryMs: number;
  release(): Promise<void>;
  /** Who holds the lease now, for a refusal's message; undefined when nobody does. */
  describeHolder(): Promise<string | undefined>;
}

/** Thrown when a projector needs the lease at once (the rebuild) and another holds it. */
export class ProjectionLeaseHeldError extends Error {
  override name = 'ProjectionLeaseHeldError';

  constructor(readonly holder: string | undefined) {
    super(`Another projector holds the projection lease${holder ? ` (${holder})` : ''}`);
  }
}

/**
 * The lease for the database of `dataSource`: a PostgreSQL advisory lock held
 * by a dedicated session, or a row with an expiry in SQLite, which has no
 * locks that outlive a statement. `role` says who holds it in messages.
 */
export function projectionLeaseFor(dataSource: DataSource, role: string): ProjectionLease {
  const holder = `${role} (pid ${process.pid} on ${hostname()}, ${randomBytes(4).toString('hex')})`;
  const dialect = sqlDialectOf(dataSource);
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
