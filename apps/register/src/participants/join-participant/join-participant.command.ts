import { Command } from '@nestjs/cqrs';
import type { JoinParticipant } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /participants: a municipality joins the arrangement. */
export class JoinParticipantCommand extends Command<WriteResult> {
  constructor(
    readonly data: JoinParticipant['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
