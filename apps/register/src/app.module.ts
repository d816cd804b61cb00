import { type DynamicModule, Module } from '@nestjs/common';
import type { RegisterConfig } from './config/register-config';
import { RegisterConfigModule } from './config/register-config.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';

/** The whole service for a validated configuration; `main.ts` and the end-to-end tests build the same. */
@Module({})
export class AppModule {
  static forRoot(config: RegisterConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [RegisterConfigModule.forRoot(config), LoggingModule, EventStoreModule, HealthModule],
    };
  }
}
