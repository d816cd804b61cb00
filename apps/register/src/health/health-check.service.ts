import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore, storageFailureOf } from '@register/event-store';
import { READ_SIDE_PROGRESS, type ReadSideProgress } from '../read-side/read-side-progress';
import { StorageStatus } from '../storage/storage-status';

export type HealthReport =
  | { readonly ready: true; readonly position: number }
  /** STORAGE_UNAVAILABLE: the database does not answer, or is gone or damaged; NOT_READY: queries do not yet see every event. */
  | { readonly ready: false; readonly code: 'STORAGE_UNAVAILABLE' | 'NOT_READY'; readonly reason: string };

/** A probe that hangs is as bad as one that fails; orchestrators time out after a few seconds. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/**
 * Ready means: the store answers from the database the service will start
 * from again, no request has found that database damaged or gone
 * (StorageStatus), and queries already see every event it holds.
 */
@Injectable()
export class HealthCheckService {
  private readonly logger = new Logger(HealthCheckService.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_SIDE_PROGRESS) private readonly readSide: ReadSideProgress,
    @Optional() private readonly storage?: StorageStatus,
  ) {}

  async check(): Promise<HealthReport> {
    const report = await this.assess();
    if (!report.ready) this.logger.warn(`Not ready: ${report.reason}`);
    return report;
  }

  private async assess(): Promise<HealthReport> {
    const lasting = this.storage?.lastingFailure();
    if (lasting) return storageUnavailable(`storage ${lasting.kind}: ${lasting.message}`);
    return withTimeout(this.compare(), HEALTH_CHECK_TIMEOUT_MS).catch((error: unknown): HealthReport => {
      const failure = storageFailureOf(error);
      if (failure) this.storage?.remember(failure);
      return storageUnavailable(failure ? `storage ${failure.kind}: ${failure.message}` : `event store unavailable: ${messageOf(error)}`);
    });
  }

  private async compare(): Promise<HealthReport> {
    // Head first: a read side that moves on in between can then only look ahead, never spuriously behind.
    const head = await this.store.headPosition();
    const caughtUpTo = await this.readSide.caughtUpTo();
    if (caughtUpTo >= head) return { ready: true, position: head };
    return { ready: false, code: 'NOT_READY', reason: `read side at position ${caughtUpTo} of ${head}` };
  }
}

function storageUnavailable(reason: string): HealthReport {
  return { ready: false, code: 'STORAGE_UNAVAILABLE', reason };
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
