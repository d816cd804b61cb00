import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from './auth/auth.module';
import { AuthorityModule } from './authority/authority.module';
import type { RegisterConfig } from './config/register-config';
import { RegisterConfigModule } from './config/register-config.module';
import { DocumentsModule } from './documents/documents.module';
import { EventStoreModule } from './event-store/event-store.module';
import { FunctionsModule } from './functions/functions.module';
import { HealthModule } from './health/health.module';
import { HttpConventionsModule } from './http/http-conventions.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { LoggingModule } from './logging/logging.module';
import { MandatesModule } from './mandates/mandates.module';
import { ParticipantsModule } from './participants/participants.module';
import { PowersModule } from './powers/powers.module';
import { RegistersModule } from './registers/registers.module';
import { WebModule } from './web/web.module';

/** The whole service for a validated configuration; `main.ts` and the end-to-end tests build the same. */
@Module({})
export class AppModule {
  static forRoot(config: RegisterConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RegisterConfigModule.forRoot(config),
        LoggingModule,
        EventStoreModule,
        AuthModule,
        HttpConventionsModule,
        IdempotencyModule,
        HealthModule,
        CqrsModule.forRoot(),
        ParticipantsModule,
        FunctionsModule,
        PowersModule,
        DocumentsModule,
        MandatesModule,
        RegistersModule,
        AuthorityModule,
        WebModule,
      ],
    };
  }
}
