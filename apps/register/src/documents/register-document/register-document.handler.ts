import { createHash } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterDocument, RegisterLookup } from '@register/domain';
import { documentDecider, documentStreamId, loadRegisterDocumentContext } from '@register/domain';
import { CLOCK, type Clock } from '../../write-side/clock';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { RegisterDocumentCommand } from './register-document.command';
import type { RegisterDocumentResult } from './register-document.result';

/** The hash lets an auditor prove the stored text was not altered (GR SZMH arts. 11, 12); the domain has no crypto. */
export function sha256Hex(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

@CommandHandler(RegisterDocumentCommand)
export class RegisterDocumentHandler implements ICommandHandler<RegisterDocumentCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data: input, metadata }: RegisterDocumentCommand): Promise<Written<RegisterDocumentResult>> {
    const data = { ...input, id: input.id ?? metadata.identity.generatedId('document') };
    const contentSha256 = typeof data.content === 'string' ? sha256Hex(data.content) : null;
    const { events, position } = await this.runner.run(
      {
        decider: documentDecider,
        streamId: documentStreamId(data.id),
        resource: { kind: 'document', id: data.id },
        command: async (): Promise<RegisterDocument> => ({
          type: 'RegisterDocument',
          data,
          contentSha256,
          today: this.clock.today(),
          context: await loadRegisterDocumentContext(this.lookup, data),
        }),
      },
      metadata,
    );
    return { result: { id: data.id, position, contentSha256 }, events };
  }
}
