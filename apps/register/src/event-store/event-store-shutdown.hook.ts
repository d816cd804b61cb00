import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';

/**
 * Closes the store once the HTTP server has stopped taking requests (Nest runs
 * shutdown hooks after it disposes of the server), so no request loses it
 * half-way and SQLite checkpoints its WAL before the process exits.
 */
@Injectable()
export class EventStoreShutdownHook implements OnApplicationShutdown {
  private readonly logger = new Logger(EventStoreShutdownHook.name);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(signal?: string): Promise<void> {
    await this.store.close();
    this.logger.log(signal ? `Event store closed after ${signal}` : 'Event store closed');
  }
}
