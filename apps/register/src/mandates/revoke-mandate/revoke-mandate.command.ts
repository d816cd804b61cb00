import { Command } from '@nestjs/cqrs';
import type { RevokeMandate } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /mandates/{id}/revocations. */
export class RevokeMandateCommand extends Command<WriteResult> {
  constructor(
    readonly data: RevokeMandate['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
