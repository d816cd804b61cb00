import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { JoinParticipant } from '@register/domain';
import { participantDecider, participantStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import type { Written } from '../../write-side/write-command';
import { JoinParticipantCommand } from './join-participant.command';

/** A participant is identified by its CBS code; joining again after an exit appends to the same stream. */
@CommandHandler(JoinParticipantCommand)
export class JoinParticipantHandler implements ICommandHandler<JoinParticipantCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ data, metadata }: JoinParticipantCommand): Promise<Written> {
    const { events, position } = await this.runner.run(
      {
        decider: participantDecider,
        streamId: participantStreamId(data.municipality),
        resource: { kind: 'participant', id: data.municipality },
        command: (): JoinParticipant => ({ type: 'JoinParticipant', data }),
      },
      metadata,
    );
    return { result: { id: data.municipality, position }, events };
  }
}
