import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadSideModule } from '../read-side/read-side.module';
import { WriteSideModule } from '../write-side/write-side.module';
import { AccessLogItemsInterceptor } from './access-log/access-log-items.interceptor';
import { AccessLogController } from './access-log/access-log.controller';
import { AccessLogRecorder } from './access-log/access-log.recorder';
import { AccessLogWriter } from './access-log/access-log.writer';
import { GetAccessLogHandler } from './access-log/get-access-log.handler';
import { AuditExportController } from './audit-export/audit-export.controller';
import { AuditExportHandler } from './audit-export/audit-export.handler';
import { BundleReadModels } from './audit-export/bundle-read-models';
import { GetAuditEventsHandler } from './audit-records/get-audit-events.handler';
import { GetMunicipalityRecordsHandler } from './audit-records/get-municipality-records.handler';
import { GetCheckpointController } from './log-checkpoint/get-checkpoint.controller';
import { GetLatestCheckpointHandler } from './log-checkpoint/get-latest-checkpoint.handler';
import { LogCheckpoints } from './log-checkpoint/log-checkpoints';
import { LogIntegrityAtStart } from './log-integrity/log-integrity-at-start';
import { GetConsistencyProofHandler } from './log-proofs/get-consistency-proof.handler';
import { GetInclusionProofHandler } from './log-proofs/get-inclusion-proof.handler';
import { LogProofsController } from './log-proofs/log-proofs.controller';
import { LogTreeNodes } from './log-proofs/log-tree-nodes';

/**
 * The audit context (api.md "Audit"; issue 14): the verifiable log's signed
 * checkpoints and proofs, the audit bundle, who read what, and the check of
 * the log against its tree at start. The tree itself is a projection
 * (LogTreeProjection, run by the ReadSideModule); the key is LogSigningModule's.
 */
@Module({
  imports: [WriteSideModule, ReadSideModule],
  controllers: [GetCheckpointController, LogProofsController, AuditExportController, AccessLogController],
  providers: [
    LogCheckpoints,
    GetLatestCheckpointHandler,
    LogIntegrityAtStart,
    LogTreeNodes,
    GetInclusionProofHandler,
    GetConsistencyProofHandler,
    AuditExportHandler,
    BundleReadModels,
    GetMunicipalityRecordsHandler,
    GetAuditEventsHandler,
    AccessLogWriter,
    AccessLogRecorder,
    GetAccessLogHandler,
    { provide: APP_INTERCEPTOR, useClass: AccessLogItemsInterceptor },
  ],
  exports: [AccessLogWriter],
})
export class AuditModule {}
