import type { EventStore } from '@register/event-store';
import type { DataSource } from 'typeorm';
import type { ProjectionLease } from '../lease/projection-lease';
import { projectionLeaseFor } from '../lease/projection-lease.factory';
import { EventBatches } from './event-batches';
import { OneAtATime } from './one-at-a-time';
import { pause } from './pause';
import { ProjectedPosition } from './projected-position';
import type { Projection } from './projection';
import { CheckpointMovedError, lowestPosition, ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionFollower, type RetryDelays } from './projection-follower';
import { registerCheckpoints } from './projection-schema';
import { DEFAULT_BATCH_SIZE, ProjectionStep } from './projection-step';
import type { ProjectorLogger } from './projector-logger';

export interface ProjectorOptions {
  /** The database of the read models: the store's own on SQLite and PostgreSQL, PostgreSQL with EventStoreDB. */
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  /** Most events in one transaction. */
  readonly batchSize?: number;
  /** Defaults to the lease of `dataSource`'s database (see projectionLeaseFor). */
  readonly lease?: ProjectionLease;
  /** How often a standby instance tries to take the lease. */
  readonly standbyRetryMs?: number;
  readonly retryDelays?: RetryDelays;
  /** Where failures and lease changes go (the service passes Nest's Logger). */
  readonly logger: ProjectorLogger;
}

const STANDBY_POLL_MS = 20;

/**
 * Runs the projections: follows the global log from their checkpoints
 * (catch-up, then live, through the store's subscription) and commits each
 * step with its checkpoints in one transaction (ProjectionStep). Only the
 * holder of the projection lease projects; another instance stands by,
 * answers `caughtUpTo` from the checkpoint table, and takes over when the
 * lease frees up.
 */
export class Projector {
  private readonly names: readonly string[];
  private readonly checkpoints: ProjectionCheckpoints;
  private readonly lease: ProjectionLease;
  private readonly exclusive = new OneAtATime();
  private readonly position = new ProjectedPosition();
  private readonly follower: ProjectionFollower;
  private readonly logger: ProjectorLogger;
  private readonly stopped = new AbortController();
  private running: Promise<void> | undefined;
  private leading = false;

  constructor(private readonly options: ProjectorOptions) {
    this.names = options.projections.map((projection) => projection.name);
    this.checkpoints = new ProjectionCheckpoints(options.dataSource);
    this.lease = options.lease ?? projectionLeaseFor(options.dataSource, 'service');
    this.logger = options.logger;
    this.follower = new ProjectionFollower({
      step: new ProjectionStep(options.dataSource, options.projections),
      exclusive: this.exclusive,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      retryDelays: options.retryDelays ?? { first: 100, max: 30_000 },
      logger: this.logger,
      committed: (positions) => this.position.advanceTo(lowestPosition(positions)),
    });
  }

  /** True while this instance holds the lease and projects. */
  get isLeading(): boolean {
    return this.leading;
  }

  /** Registers the checkpoints (failing loudly on a database the migrations have not made), then projects in the background until `stop()`. */
  async start(): Promise<void> {
    if (this.running || this.names.length === 0) return;
    await registerCheckpoints(this.options.dataSource, this.options.projections);
    this.running = this.run();
  }

  /** Ends the current step's wait, lets a running transaction finish, and frees the lease. */
  async stop(): Promise<void> {
    this.stopped.abort();
    await this.running;
  }

  /** The position up to which every projection has committed (with none, trivially the head of the log). */
  async caughtUpTo(): Promise<number> {
    if (this.names.length === 0) return this.options.store.headPosition();
    if (this.leading) return this.position.value;
    return lowestPosition(await this.checkpoints.read(this.names));
  }

  /** Resolves true once `caughtUpTo() >= position`, false if that takes longer than `timeoutMs`. */
  async waitUntilProjected(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.caughtUpTo()) >= position) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      // Leading, each commit wakes the waiters; on standby only the database knows.
      await (this.leading ? this.position.changeWithin(Math.min(left, 250)) : pause(Math.min(left, STANDBY_POLL_MS)));
    }
  }

  private async run(): Promise<void> {
    let standing = false;
    while (!this.stopped.signal.aborted) {
      const acquired = await this.exclusive.run(() => this.lease.acquire()).catch((error: unknown) => {
        this.logger.error(`Could not take the projection lease: ${messageOf(error)}`);
        return false;
      });
      if (acquired) await this.leadWhileHeld();
      else if (!standing) this.logger.log(`Standing by: ${(await this.lease.describeHolder().catch(() => undefined)) ?? 'the lease is taken'}`);
      standing = !acquired;
      await pause(this.options.standbyRetryMs ?? 2_000, this.stopped.signal);
    }
  }

  private async leadWhileHeld(): Promise<void> {
    const term = new AbortController();
    const renewal = setInterval(() => void this.renewLease(term), this.lease.renewEveryMs);
    try {
      await this.lead(AbortSignal.any([this.stopped.signal, term.signal]));
    } catch (error) {
      if (error instanceof CheckpointMovedError) this.logger.warn(`${error.message}; standing by`);
      else this.logger.error(`Projecting stopped: ${messageOf(error)}; starting again from the checkpoints`);
    } finally {
      clearInterval(renewal);
      this.leading = false;
      await this.exclusive.run(() => this.lease.release()).catch((error: unknown) => this.logger.warn(`Releasing the lease: ${messageOf(error)}`));
    }
  }

  private async lead(signal: AbortSignal): Promise<void> {
    const positions = await this.checkpoints.read(this.names);
    const from = lowestPosition(positions);
    this.position.restartAt(from);
    this.leading = true;
    this.logger.log(`Projecting ${this.names.join(', ')} from position ${from}`);
    const subscription = this.options.store.subscribeToAll({ fromPosition: from });
    const stopSubscription = (): void => void subscription.stop();
    signal.addEventListener('abort', stopSubscription, { once: true });
    try {
      await this.follower.follow(new EventBatches(subscription[Symbol.asyncIterator]()), positions, signal);
    } finally {
      signal.removeEventListener('abort', stopSubscription);
      await subscription.stop();
    }
  }

  private async renewLease(term: AbortController): Promise<void> {
    const held = await this.exclusive.run(() => this.lease.renew()).catch(() => false);
    if (held || term.signal.aborted) return;
    this.logger.warn('Lost the projection lease; standing by until it can be taken again');
    term.abort();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
