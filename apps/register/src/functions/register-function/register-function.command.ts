import { Command } from '@nestjs/cqrs';
import type { RegisterFunction } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /functions: a position in a municipality's organisation. */
export class RegisterFunctionCommand extends Command<WriteResult> {
  constructor(
    readonly data: RegisterFunction['data'],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
