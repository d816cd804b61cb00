import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterLookup, RevokeMandate } from '@register/domain';
import { loadRevocationContext, mandateDecider, mandateStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { WriteResult } from '../../write-side/write-result';
import { RevokeMandateCommand } from './revoke-mandate.command';

/** Only the mandate's own stream changes: its sub-mandates lapse with it when asked, never by an event of theirs. */
@CommandHandler(RevokeMandateCommand)
export class RevokeMandateHandler implements ICommandHandler<RevokeMandateCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: RevokeMandateCommand): Promise<WriteResult> {
    const { position } = await this.runner.run(
      {
        decider: mandateDecider,
        streamId: mandateStreamId(data.mandateId),
        resource: { kind: 'mandate', id: data.mandateId },
        command: async (state): Promise<RevokeMandate> => ({
          type: 'RevokeMandate',
          data,
          context: await loadRevocationContext(this.lookup, state, data),
        }),
      },
      metadata,
    );
    return { id: data.mandateId, position };
  }
}
