import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EVENT_STORE } from '@register/event-store';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { EventStoreShutdownHook } from './event-store-shutdown.hook';
import { openEventStoreOn, openMigrated, REGISTER_DATA_SOURCE, registerDataSourceOptions } from './register-data-source';

const logger = new Logger('Migrations');

/**
 * The register's database, the Nest way: TypeOrmModule opens the configured
 * DataSource and the service brings its schema up to date before anything
 * else uses it (a database another release made is upgraded in place), then
 * provides the configured `EVENT_STORE` on it, the DataSource also as
 * `REGISTER_DATA_SOURCE`, and closes both on shutdown.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [REGISTER_CONFIG],
      useFactory: (config: RegisterConfig) => ({
        ...registerDataSourceOptions(config.store),
        // Fail the boot at once, as before TypeOrmModule: the service's supervisor restarts it.
        toRetry: () => false,
      }),
      dataSourceFactory: async (options?: DataSourceOptions) => {
        if (options === undefined) throw new Error('TypeOrmModule gave no DataSource options');
        const { dataSource, migrated } = await openMigrated(options);
        if (migrated.length > 0) logger.log(`Brought the schema up to date: ${migrated.join(', ')}`);
        return dataSource;
      },
    }),
  ],
  providers: [
    { provide: REGISTER_DATA_SOURCE, useExisting: DataSource },
    {
      provide: EVENT_STORE,
      inject: [REGISTER_CONFIG, DataSource],
      useFactory: (config: RegisterConfig, dataSource: DataSource) => openEventStoreOn(config.store, dataSource),
    },
    EventStoreShutdownHook,
  ],
  exports: [EVENT_STORE, REGISTER_DATA_SOURCE],
})
export class EventStoreModule {}
