import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { READ_SIDE_PROGRESS, type ReadSideProgress } from '../read-side/read-side-progress';

export type HealthReport =
  | { readonly ready: true; readonly position: number }
  | { readonly ready: false; readonly reason: string };

/** A probe that hangs is as bad as one that fails; orchestrators time out after a few seconds. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/** Ready means: the store answers, and queries already see every event it holds. */
@Injectable()
export class HealthCheckService {
  private readonly logger = new Logger(HealthCheckService.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_SIDE_PROGRESS) private readonly readSide: ReadSideProgress,
  ) {}

  async check(): Promise<HealthReport> {
    const report = await withTimeout(this.compare(), HEALTH_CHECK_TIMEOUT_MS).catch(
      (error: unknown): HealthReport => ({ ready: false, reason: `event store unavailable: ${messageOf(error)}` }),
    );
    if (!report.ready) this.logger.warn(`Not ready: ${report.reason}`);
    return report;
  }

  private async compare(): Promise<HealthReport> {
    // Head first: a read side that moves on in between can then only look ahead, never spuriously behind.
    const head = await this.store.headPosition();
    const caughtUpTo = await this.readSide.caughtUpTo();
    if (caughtUpTo >= head) return { ready: true, position: head };
    return { ready: false, reason: `read side at position ${caughtUpTo} of ${head}` };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
