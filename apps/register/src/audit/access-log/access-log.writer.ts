import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { REGISTER_CONFIG, type RegisterConfig } from '../../config/register-config';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { CLOCK, type Clock, calendarDateIn, startOfDayIn } from '../../write-side/clock';
import type { AccessLogRow } from './access-log.schema';
import { AccessLogStore } from './access-log.store';

/** How long an entry may wait for its batch: an auditor asking sees reads from before this (and the writer flushes on the question too). */
const FLUSH_EVERY_MS = 1_000;
/** A batch this large is written at once rather than waiting for the timer. */
const FLUSH_AT_ENTRIES = 500;
/** While the database refuses the entries, they wait in memory up to this many; beyond it the oldest are dropped, with an error naming how many. */
const MAX_WAITING_ENTRIES = 100_000;

/**
 * Writes the access log in batches, so a read on the hot path only adds an
 * object to an array (bench: http.authority): one transaction per second or
 * per 500 reads. A clean shutdown writes what is waiting before the database
 * closes; a crash loses at most the last second, never silently on a clean
 * stop. Once a Dutch calendar day, entries older than
 * REGISTER_ACCESS_LOG_RETENTION_DAYS whole days are deleted.
 */
@Injectable()
export class AccessLogWriter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AccessLog');
  private readonly store: AccessLogStore;
  private waiting: AccessLogRow[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private prunedOn: string | undefined;

  constructor(
    @Inject(REGISTER_DATA_SOURCE) dataSource: DataSource,
    @Inject(REGISTER_CONFIG) private readonly config: RegisterConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.store = new AccessLogStore(dataSource);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.pruneOncePerDay();
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
    if (this.waiting.length > 0) this.logger.error(`${this.waiting.length} access log entries could not be written before the service stopped`);
  }

  add(entry: AccessLogRow): void {
    this.waiting.push(entry);
    if (this.waiting.length >= FLUSH_AT_ENTRIES) void this.flush();
  }

  /** Writes what waits; one batch at a time, and a failed batch waits for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeWaiting());
    return this.flushing;
  }

  private async writeWaiting(): Promise<void> {
    await this.pruneOncePerDay();
    const batch = this.waiting;
    if (batch.length === 0) return;
    this.waiting = [];
    try {
      await this.store.append(batch);
    } catch (error) {
      this.waiting = [...batch, ...this.waiting];
      const dropped = this.waiting.length - MAX_WAITING_ENTRIES;
      if (dropped > 0) this.waiting.splice(0, dropped);
      this.logger.error(`Could not write ${batch.length} access log entries (kept to try again${dropped > 0 ? `; dropped the ${dropped} oldest` : ''}): ${(error as Error).message}`);
    }
  }

  private async pruneOncePerDay(): Promise<void> {
    const today = calendarDateIn(this.clock.now());
    if (this.prunedOn === today) return;
    const cutoff = startOfDayIn(daysBefore(today, this.config.audit.accessLogRetentionDays)).toISOString();
    try {
      const pruned = await this.store.prune(cutoff);
      this.prunedOn = today;
      if (pruned > 0) this.logger.log(`Deleted ${pruned} access log entries from before ${cutoff}, older than ${this.config.audit.accessLogRetentionDays} days`);
    } catch (error) {
      this.logger.warn(`Could not prune the access log: ${(error as Error).message}`);
    }
  }
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
