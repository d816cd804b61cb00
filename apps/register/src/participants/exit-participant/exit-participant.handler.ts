import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ExitParticipant, RegisterLookup } from '@register/domain';
import { loadExitParticipantContext, participantDecider, participantStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { ExitParticipantCommand } from './exit-participant.command';

@CommandHandler(ExitParticipantCommand)
export class ExitParticipantHandler implements ICommandHandler<ExitParticipantCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: ExitParticipantCommand): Promise<Written> {
    const { events, position } = await this.runner.run(
      {
        decider: participantDecider,
        streamId: participantStreamId(data.municipality),
        resource: { kind: 'participant', id: data.municipality },
        command: async (): Promise<ExitParticipant> => ({ type: 'ExitParticipant', data, context: await loadExitParticipantContext(this.lookup, data) }),
      },
      metadata,
    );
    return { result: { id: data.municipality, position }, events };
  }
}
