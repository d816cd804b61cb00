import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GrantSubMandate, RegisterLookup } from '@register/domain';
import { loadSubMandateContext, mandateDecider, mandateStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { GrantSubMandateCommand } from './grant-sub-mandate.command';

/**
 * The parent is read from its stream when the context is loaded, not locked:
 * a revocation of the parent recorded a moment later is harmless, because a
 * sub-mandate never outlives its parent (derived when asked, architecture.md).
 */
@CommandHandler(GrantSubMandateCommand)
export class GrantSubMandateHandler implements ICommandHandler<GrantSubMandateCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data: input, metadata }: GrantSubMandateCommand): Promise<Written> {
    const data = { ...input, mandateId: input.mandateId ?? metadata.identity.generatedId('mandate') };
    const { events, position } = await this.runner.run(
      {
        decider: mandateDecider,
        streamId: mandateStreamId(data.mandateId),
        resource: { kind: 'mandate', id: data.mandateId },
        command: async (): Promise<GrantSubMandate> => ({ type: 'GrantSubMandate', data, context: await loadSubMandateContext(this.lookup, data) }),
      },
      metadata,
    );
    return { result: { id: data.mandateId, position }, events };
  }
}
