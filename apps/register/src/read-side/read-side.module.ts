import { Logger, Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { type Projection, Projector } from '@register/projections';
import type { NoteSigner } from '@register/verifiable-log';
import { LOG_SIGNER } from '../audit/log-signing/log-signing.module';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { PROJECTIONS } from './projections.token';
import { serviceProjections } from './service-projections';
import { ProjectorLifecycle } from './projector-lifecycle';
import { READ_SIDE_PROGRESS } from './read-side-progress';

/**
 * The read side's runtime: the projector over the shared DataSource (the read
 * models of @register/projections and the verifiable log's tree), and its
 * checkpoint as the READ_SIDE_PROGRESS the health check reads. The
 * WritePipeline waits on the projector before a write answers.
 */
@Module({
  providers: [
    { provide: PROJECTIONS, inject: [LOG_SIGNER], useFactory: (signer: NoteSigner) => serviceProjections(signer) },
    {
      provide: Projector,
      inject: [REGISTER_DATA_SOURCE, EVENT_STORE, PROJECTIONS],
      useFactory: (dataSource: DataSource, store: EventStore, projections: readonly Projection[]) =>
        new Projector({ dataSource, store, projections, logger: new Logger(Projector.name) }),
    },
    ProjectorLifecycle,
    { provide: READ_SIDE_PROGRESS, useExisting: Projector },
  ],
  exports: [READ_SIDE_PROGRESS, Projector],
})
export class ReadSideModule {}
