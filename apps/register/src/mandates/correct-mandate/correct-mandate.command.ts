import { Command } from '@nestjs/cqrs';
import type { CorrectMandate } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /mandates/{id}/corrections; `value` is checked by the domain against the type `field` needs. */
export class CorrectMandateCommand extends Command<WriteResult> {
  constructor(
    readonly data: CorrectMandate['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
