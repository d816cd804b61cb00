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
