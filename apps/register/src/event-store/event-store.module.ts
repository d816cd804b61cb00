import { Global, Module } from '@nestjs/common';
import { EVENT_STORE } from '@register/event-store';
import type { DataSource } from 'typeorm';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { EventStoreShutdownHook } from './event-store-shutdown.hook';
import { openEventStoreOn, openRegisterDataSource, REGISTER_DATA_SOURCE } from './register-data-source';

/**
 * Provides the configured `EVENT_STORE` and the `REGISTER_DATA_SOURCE` it
 * shares with the read models to the whole service, and closes both on shutdown.
 */
@Global()
@Module({
  providers: [
    {
      provide: REGISTER_DATA_SOURCE,
      inject: [REGISTER_CONFIG],
      useFactory: (config: RegisterConfig) => openRegisterDataSource(config.store),
    },
    {
      provide: EVENT_STORE,
      inject: [REGISTER_CONFIG, REGISTER_DATA_SOURCE],
      useFactory: (config: RegisterConfig, dataSource: DataSource) => openEventStoreOn(config.store, dataSource),
    },
    EventStoreShutdownHook,
  ],
  exports: [EVENT_STORE, REGISTER_DATA_SOURCE],
})
export class EventStoreModule {}
