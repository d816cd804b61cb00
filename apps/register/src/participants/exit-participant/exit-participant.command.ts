import { Command } from '@nestjs/cqrs';
import type { ExitParticipant } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /participants/{municipality}/exit. */
export class ExitParticipantCommand extends Command<WriteResult> {
  constructor(
    readonly data: ExitParticipant['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
