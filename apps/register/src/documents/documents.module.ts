import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { GetDocumentController } from './get-document/get-document.controller';
import { GetDocumentHandler } from './get-document/get-document.handler';
import { ListPendingPublicationsController } from './pending-publications/list-pending-publications.controller';
import { ListPendingPublicationsHandler } from './pending-publications/list-pending-publications.handler';
import { PublicationIdReservation } from './publish-decision/publication-id.reservation';
import { PublishDecisionController } from './publish-decision/publish-decision.controller';
import { PublishDecisionHandler } from './publish-decision/publish-decision.handler';
import { RegisterDocumentController } from './register-document/register-document.controller';
import { RegisterDocumentHandler } from './register-document/register-document.handler';

/** Decision documents, agreements and their publications, and the work list of decisions still to publish. */
@Module({
  imports: [WriteSideModule],
  controllers: [RegisterDocumentController, PublishDecisionController, ListPendingPublicationsController, GetDocumentController],
  providers: [RegisterDocumentHandler, PublishDecisionHandler, PublicationIdReservation, ListPendingPublicationsHandler, GetDocumentHandler],
})
export class DocumentsModule {}
