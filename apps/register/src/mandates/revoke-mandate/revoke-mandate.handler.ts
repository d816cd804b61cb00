import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterLookup, RevokeMandate } from '@register/domain';
import { loadRevocationContext, mandateDecider, mandateStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { RevokeMandateCommand } from './revoke-mandate.command';

/** Only the mandate's own stream changes: its sub-mandates lapse with it when asked, never by an event of theirs. */
@CommandHandler(RevokeMandateCommand)
export class RevokeMandateHandler implements ICommandHandler<RevokeMandateCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: RevokeMandateCommand): Promise<Written> {
    const { events, position } = await this.runner.run(
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
    return { result: { id: data.mandateId, position }, events };
  }
}
