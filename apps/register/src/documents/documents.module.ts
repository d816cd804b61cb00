import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { PublicationIdReservation } from './publish-decision/publication-id.reservation';
import { PublishDecisionController } from './publish-decision/publish-decision.controller';
import { PublishDecisionHandler } from './publish-decision/publish-decision.handler';
import { RegisterDocumentController } from './register-document/register-document.controller';
import { RegisterDocumentHandler } from './register-document/register-document.handler';

/** Decision documents, agreements and their publications. */
@Module({
  imports: [WriteSideModule],
  controllers: [RegisterDocumentController, PublishDecisionController],
  providers: [RegisterDocumentHandler, PublishDecisionHandler, PublicationIdReservation],
})
export class DocumentsModule {}
