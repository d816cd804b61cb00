import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from './audit/audit.module';
import { LogSigningModule } from './audit/log-signing/log-signing.module';
import { AuthModule } from './auth/auth.module';
import { AuthorityModule } from './authority/authority.module';
import type { RegisterConfig } from './config/register-config';
import { RegisterConfigModule } from './config/register-config.module';
import { DocumentsModule } from './documents/documents.module';
import { EventStoreModule } from './event-store/event-store.module';
import { FunctionsModule } from './functions/functions.module';
import { HealthModule } from './health/health.module';
import { HttpConventionsModule } from './http/http-conventions.module';
import { LoggingModule } from './logging/logging.module';
import { MandatesModule } from './mandates/mandates.module';
import { ParticipantsModule } from './participants/participants.module';
import { PowersModule } from './powers/powers.module';
import { ReadSideModule } from './read-side/read-side.module';
import { RegistersModule } from './registers/registers.module';
import { StorageModule } from './storage/storage.module';
import { WebModule } from './web/web.module';
import { WorkbookModule } from './workbook/workbook.module';

/**
 * The whole service for a validated configuration; `main.ts` and the
 * end-to-end tests build the same. The order of the imports does not matter:
 * no module relies on another's app-wide interceptor, and every write goes
 * through the WritePipeline (write-side/write-pipeline.ts).
 */
@Module({})
export class AppModule {
  static forRoot(config: RegisterConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RegisterConfigModule.forRoot(config),
        LoggingModule,
        EventStoreModule,
        LogSigningModule,
        StorageModule,
        AuthModule,
        HttpConventionsModule,
        ReadSideModule,
        HealthModule,
        CqrsModule.forRoot(),
        ParticipantsModule,
        FunctionsModule,
        PowersModule,
        DocumentsModule,
        MandatesModule,
        RegistersModule,
        AuthorityModule,
        AuditModule,
        WebModule,
        WorkbookModule,
      ],
    };
  }
}
