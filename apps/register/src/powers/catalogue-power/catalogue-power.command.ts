import { Command } from '@nestjs/cqrs';
import type { CataloguePower } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /powers: an entry of the power catalogue. */
export class CataloguePowerCommand extends Command<WriteResult> {
  constructor(
    readonly data: CataloguePower['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
