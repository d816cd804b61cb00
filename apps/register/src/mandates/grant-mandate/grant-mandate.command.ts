import { Command } from '@nestjs/cqrs';
import type { GrantMandateRequest } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { WriteResult } from '../../write-side/write-result';

/** POST /mandates; `mandateId` is null when the client left the choice to the service. */
export type GrantMandateInput = Omit<GrantMandateRequest, 'mandateId'> & { readonly mandateId: string | null };

export class GrantMandateCommand extends Command<WriteResult> {
  constructor(
    readonly data: GrantMandateInput,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
