import type { StoredEvent } from '@register/event-store';
import type { EventBatches } from './event-batches';
import type { OneAtATime } from './one-at-a-time';
import { pause, yieldToEventLoop } from './pause';
import { type CheckpointPositions, CheckpointMovedError } from './projection-checkpoints';
import { ProjectionBatchFailedError, ProjectionFailedError, type ProjectionStep } from './projection-step';
import type { ProjectorLogger } from './projector-logger';

/** The pause after the n-th failure in a row doubles from `first` up to `max`. */
export interface RetryDelays {
  readonly first: number;
  readonly max: number;
}

export interface ProjectionFollowerOptions {
  readonly step: ProjectionStep;
  /** Serialises steps with the lease's statements (see OneAtATime). */
  readonly exclusive: OneAtATime;
  readonly batchSize: number;
  readonly retryDelays: RetryDelays;
  readonly logger: ProjectorLogger;
  /** Called after each commit with the new checkpoints. */
  readonly committed: (positions: CheckpointPositions) => void;
}

/**
 * Feeds a subscription's events through projection steps. A step that fails is
 * retried with the same events after a growing pause, never skipped: the read
 * models stop at the event before the failure, and the health check reports
 * the lag. When a projection throws on an event inside a step, the events
 * before it are committed first, so the checkpoint stops right in front of it
 * (a step of several events that fails is retried one event at a time to find that event).
 */
export class ProjectionFollower {
  constructor(private readonly options: ProjectionFollowerOptions) {}

  /** Returns when the subscription ends or `signal` aborts; throws CheckpointMovedError or a failure of the subscription. */
  async follow(batches: EventBatches, from: CheckpointPositions, signal: AbortSignal): Promise<void> {
    const { batchSize } = this.options;
    const queue: StoredEvent[] = [];
    let positions = from;
    let [limit, failures, oneByOne] = [batchSize, 0, false];
    while (!signal.aborted) {
      if (queue.length < limit) {
        const ready = await batches.next(limit - queue.length, { wait: queue.length === 0 });
        if (ready === undefined) return;
        queue.push(...ready);
      }
      const step = queue.slice(0, limit);
      try {
        positions = await this.options.exclusive.run(() => this.options.step.commit(step, positions, { oneByOne }));
      } catch (error) {
        if (error instanceof CheckpointMovedError) throw error;
        if (error instanceof ProjectionBatchFailedError) {
          this.options.logger.warn(`${error.message}; retrying the step event by event`);
          oneByOne = true;
        } else if (error instanceof ProjectionFailedError && error.index > 0) {
          limit = error.index;
        } else {
          failures += 1;
          await pause(this.report(error, failures), signal);
        }
        continue;
      }
      queue.splice(0, step.length);
      [limit, failures, oneByOne] = [batchSize, 0, false];
      this.options.committed(positions);
      await yieldToEventLoop();
    }
  }

  /** Logs the failure and returns how long to wait before the next attempt. */
  private report(error: unknown, failures: number): number {
    const { first, max } = this.options.retryDelays;
    const delay = Math.min(first * 2 ** Math.min(failures - 1, 30), max);
    const what = error instanceof Error ? error.message : String(error);
    this.options.logger.error(`${what}; retry ${failures} in ${delay} ms, the read side stays behind until it succeeds`);
    return delay;
  }
}
