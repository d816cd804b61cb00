import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectMandate, RegisterLookup } from '@register/domain';
import { loadCorrectionContext, mandateDecider, mandateStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { CorrectMandateCommand } from './correct-mandate.command';

/**
 * A correction is checked as if the mandate had been granted with the
 * corrected value, so its facts are loaded from the state the stream folds to
 * (and the corrected decision document), plus its sub-mandates, which must
 * still fit inside it.
 */
@CommandHandler(CorrectMandateCommand)
export class CorrectMandateHandler implements ICommandHandler<CorrectMandateCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: CorrectMandateCommand): Promise<Written> {
    const { events, position } = await this.runner.run(
      {
        decider: mandateDecider,
        streamId: mandateStreamId(data.mandateId),
        resource: { kind: 'mandate', id: data.mandateId },
        command: async (state): Promise<CorrectMandate> => ({ type: 'CorrectMandate', data, context: await loadCorrectionContext(this.lookup, state, data) }),
      },
      metadata,
    );
    return { result: { id: data.mandateId, position }, events };
  }
}
