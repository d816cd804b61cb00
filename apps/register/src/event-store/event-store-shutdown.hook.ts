import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from './register-data-source';

/**
 * Closes the store, then its DataSource (which closes the read-only
 * connection queries may have opened beside it first, see RegisterDataSource),
 * once the HTTP server has stopped taking requests (Nest runs shutdown hooks
 * after it disposes of the server) and the projector has stopped (this module
 * is global: its hooks run after those of the feature modules), so no request
 * or step loses them half-way and SQLite checkpoints its WAL before the process
 * exits. TypeOrmModule destroys a DataSource still open after this.
 */
@Injectable()
export class EventStoreShutdownHook implements OnApplicationShutdown {
  private readonly logger = new Logger(EventStoreShutdownHook.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.store.close();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    this.logger.log(signal ? `Event store closed after ${signal}` : 'Event store closed');
  }
}
