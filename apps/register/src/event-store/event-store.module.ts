import { Global, Module } from '@nestjs/common';
import { EVENT_STORE, openEventStore } from '@register/event-store';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { EventStoreShutdownHook } from './event-store-shutdown.hook';
import { eventStoreConnection } from './event-store-connection';

/** Provides the configured `EVENT_STORE` to the whole service and closes it on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [REGISTER_CONFIG],
      // The SQLite adapter creates the data folder itself, so a fresh clone needs no ./data.
      useFactory: (config: RegisterConfig) => openEventStore(eventStoreConnection(config.store)),
    },
    EventStoreShutdownHook,
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
