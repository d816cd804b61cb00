import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { AdoptAmendmentController } from './adopt-amendment/adopt-amendment.controller';
import { AdoptAmendmentHandler } from './adopt-amendment/adopt-amendment.handler';
import { ApproveAmendmentController } from './approve-amendment/approve-amendment.controller';
import { ApproveAmendmentHandler } from './approve-amendment/approve-amendment.handler';
import { CorrectPublicationController } from './correct-publication/correct-publication.controller';
import { CorrectPublicationHandler } from './correct-publication/correct-publication.handler';
import { GetDocumentController } from './get-document/get-document.controller';
import { GetDocumentHandler } from './get-document/get-document.handler';
import { GetDocumentSummariesHandler } from './list-documents/get-document-summaries.handler';
import { ListDocumentsController } from './list-documents/list-documents.controller';
import { ListDocumentsHandler } from './list-documents/list-documents.handler';
import { GetMissingApprovalsHandler } from './missing-approvals/get-missing-approvals.handler';
import { ListPendingPublicationsController } from './pending-publications/list-pending-publications.controller';
import { ListPendingPublicationsHandler } from './pending-publications/list-pending-publications.handler';
import { ProposeAmendmentController } from './propose-amendment/propose-amendment.controller';
import { ProposeAmendmentHandler } from './propose-amendment/propose-amendment.handler';
import { PublishAmendmentController } from './publish-amendment/publish-amendment.controller';
import { PublicationIdReservation } from './publish-decision/publication-id.reservation';
import { PublishDecisionController } from './publish-decision/publish-decision.controller';
import { PublishDecisionHandler } from './publish-decision/publish-decision.handler';
import { RegisterDocumentController } from './register-document/register-document.controller';
import { RegisterDocumentHandler } from './register-document/register-document.handler';

/** Decision documents, agreements and their publications and amendments, and the work list of decisions still to publish. */
@Module({
  imports: [WriteSideModule],
  controllers: [
    ListDocumentsController,
    RegisterDocumentController,
    PublishDecisionController,
    CorrectPublicationController,
    ProposeAmendmentController,
    ApproveAmendmentController,
    AdoptAmendmentController,
    PublishAmendmentController,
    ListPendingPublicationsController,
    GetDocumentController,
  ],
  providers: [
    GetDocumentSummariesHandler,
    GetMissingApprovalsHandler,
    ListDocumentsHandler,
    RegisterDocumentHandler,
    PublishDecisionHandler,
    CorrectPublicationHandler,
    PublicationIdReservation,
    ProposeAmendmentHandler,
    ApproveAmendmentHandler,
    AdoptAmendmentHandler,
    ListPendingPublicationsHandler,
    GetDocumentHandler,
  ],
})
export class DocumentsModule {}
