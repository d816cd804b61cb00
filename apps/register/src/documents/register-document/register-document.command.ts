import { Command } from '@nestjs/cqrs';
import type { RegisterDocument } from '@register/domain';
import type { CommandMetadata } from '../../write-side/command-metadata';
import type { RegisterDocumentResult } from './register-document.result';

/** POST /documents; `id` is null when the client left the choice to the service. */
export type RegisterDocumentInput = Omit<RegisterDocument['data'], 'id'> & { readonly id: string | null };

export class RegisterDocumentCommand extends Command<RegisterDocumentResult> {
  constructor(
    readonly data: RegisterDocumentInput,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
