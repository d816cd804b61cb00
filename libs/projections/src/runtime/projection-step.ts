import type { StoredEvent } from '@register/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { EVERY_EVENT_TYPE, type Projection } from './projection';
import { type CheckpointPositions, ProjectionCheckpoints } from './projection-checkpoints';

/** Most events in one step's transaction unless told otherwise: large enough to amortise the commit's fsync. */
export const DEFAULT_BATCH_SIZE = 500;

/** A projection threw on an event: the step rolled back, and the event stays next in line. */
export class ProjectionFailedError extends Error {
  override name = 'ProjectionFailedError';

  constructor(
    readonly projection: string,
    readonly event: StoredEvent,
    /** The event's index in the step: the events before it can commit without it. */
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(`Projection ${projection} failed on ${event.type} at position ${event.position}: ${messageOf(cause)}`);
  }
}

/** A projection threw on a step of several events: which event it choked on is found by retrying the step one event at a time. */
export class ProjectionBatchFailedError extends Error {
  override name = 'ProjectionBatchFailedError';

  constructor(
    readonly projection: string,
    override readonly cause: unknown,
  ) {
    super(`Projection ${projection} failed on a batch of events: ${messageOf(cause)}`);
  }
}

/**
 * Applies a run of events to every projection in ONE database transaction
 * that also moves their checkpoints, so a crash never loses or repeats a step.
 * A projection whose checkpoint already lies at or past an event skips it
 * (a projection added later catches up while the others wait at their place).
 */
export class ProjectionStep {
  private readonly checkpoints: ProjectionCheckpoints;
  /** The types each projection takes; none listed for one that takes every event. */
  private readonly handled: ReadonlyMap<Projection, ReadonlySet<string> | undefined>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
  ) {
    this.checkpoints = new ProjectionCheckpoints(dataSource);
    this.handled = new Map(
      projections.map((projection) => [projection, projection.eventTypes === EVERY_EVENT_TYPE ? undefined : new Set(projection.eventTypes)]),
    );
  }

  /**
   * Commits `events` (non-empty, in position order, all after the lowest of
   * `from`) and returns the positions after them. `oneByOne` hands each
   * projection one event per call, so a failure names its event.
   *
   * @throws ProjectionFailedError or ProjectionBatchFailedError when a projection throws; nothing of the step is kept.
   * @throws CheckpointMovedError when another projector moved a checkpoint.
   */
  async commit(events: readonly StoredEvent[], from: CheckpointPositions, { oneByOne = false } = {}): Promise<CheckpointPositions> {
    const last = events[events.length - 1].position;
    if (this.projections.length === 0) return from;
    await this.dataSource.transaction(async (tx) => {
      // Checkpoints first: on PostgreSQL that row lock keeps a second projector out before it applies anything.
      await this.checkpoints.advance(tx, from, last);
      for (const projection of this.projections) {
        const after = from.get(projection.name) ?? 0;
        const types = this.handled.get(projection);
        const due = events.filter((event) => event.position > after && (types === undefined || types.has(event.type)));
        if (due.length === 0) continue;
        if (oneByOne || due.length === 1) await applyEach(projection, due, events, tx);
        else await applyBatch(projection, due, tx);
      }
    });
    return new Map([...from].map(([name, position]) => [name, Math.max(position, last)]));
  }
}

async function applyBatch(projection: Projection, due: readonly StoredEvent[], tx: EntityManager): Promise<void> {
  try {
    await projection.apply(due, tx);
  } catch (cause) {
    throw new ProjectionBatchFailedError(projection.name, cause);
  }
}

async function applyEach(projection: Projection, due: readonly StoredEvent[], step: readonly StoredEvent[], tx: EntityManager): Promise<void> {
  for (const event of due) {
    try {
      await projection.apply([event], tx);
    } catch (cause) {
      throw new ProjectionFailedError(projection.name, event, step.indexOf(event), cause);
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
