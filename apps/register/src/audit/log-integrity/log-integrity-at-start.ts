import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { checkLogLeaves } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { StorageStatus } from '../../storage/storage-status';

/**
 * The cheap half of `npm run cli -- log verify`, before the service listens:
 * every stored event hashed again against its leaf, and the latest signed
 * checkpoint against the tree. An event that no longer matches means someone
 * changed the log behind the register's back; the service then refuses to
 * serve (health 503, every route 503 STORAGE_UNAVAILABLE, as for a damaged
 * database) with a fatal line naming the first bad position, rather than
 * answer from a log whose answers it can no longer vouch for.
 */
@Injectable()
export class LogIntegrityAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('VerifiableLog');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly storage: StorageStatus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    const report = await checkLogLeaves(this.store, this.dataSource, { firstOnly: true });
    const [first] = report.findings;
    if (first === undefined) {
      const ms = Math.round(performance.now() - started);
      this.logger.log(`The ${report.eventsCompared} events in the tree match their leaves and the latest signed checkpoint (${ms} ms)`);
      return;
    }
    const where = first.position === undefined ? 'its tree' : `position ${first.position}`;
    this.logger.fatal(`The event log does not match its signed tree at ${where}: ${first.message}. Refusing to serve; npm run cli -- log verify lists what differs`);
    this.storage.remember({ kind: 'damaged', message: `the event log does not match its signed tree at ${where}: ${first.message}` });
  }
}
