import { Command } from '@nestjs/cqrs';
import type { CorrectPublication } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { PublishDecisionResult } from '../publish-decision/publish-decision.result';

/** POST /documents/{id}/publications/{publicationId}/corrections (the route comes with the read side of corrections). */
export class CorrectPublicationCommand extends Command<PublishDecisionResult> {
  constructor(
    readonly data: CorrectPublication['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
