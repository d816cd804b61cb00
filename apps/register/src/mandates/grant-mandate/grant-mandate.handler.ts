import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { GrantMandate, RegisterLookup } from '@register/domain';
import { loadGrantMandateContext, mandateDecider, mandateStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { GrantMandateCommand } from './grant-mandate.command';

@CommandHandler(GrantMandateCommand)
export class GrantMandateHandler implements ICommandHandler<GrantMandateCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data: input, metadata }: GrantMandateCommand): Promise<Written> {
    const data = { ...input, mandateId: input.mandateId ?? metadata.identity.generatedId('mandate') };
    const { events, position } = await this.runner.run(
      {
        decider: mandateDecider,
        streamId: mandateStreamId(data.mandateId),
        resource: { kind: 'mandate', id: data.mandateId },
        command: async (): Promise<GrantMandate> => ({ type: 'GrantMandate', data, context: await loadGrantMandateContext(this.lookup, data) }),
      },
      metadata,
    );
    return { result: { id: data.mandateId, position }, events };
  }
}
