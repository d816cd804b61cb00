import { Command } from '@nestjs/cqrs';
import type { PublishDecision } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { PublishDecisionResult } from './publish-decision.result';

/** POST /documents/{id}/publications. */
export class PublishDecisionCommand extends Command<PublishDecisionResult> {
  constructor(
    readonly data: PublishDecision['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
