import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CataloguePower } from '@register/domain';
import { powerDecider, powerStreamId } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import type { Written } from '../../write-side/write-command';
import { CataloguePowerCommand } from './catalogue-power.command';

/** The catalogue is reference data of the arrangement: its events concern no single municipality. */
@CommandHandler(CataloguePowerCommand)
export class CataloguePowerHandler implements ICommandHandler<CataloguePowerCommand> {
  constructor(private readonly runner: DeciderRunner) {}

  async execute({ data, metadata }: CataloguePowerCommand): Promise<Written> {
    const { events, position } = await this.runner.run(
      {
        decider: powerDecider,
        streamId: powerStreamId(data.id),
        resource: { kind: 'power', id: data.id },
        command: (): CataloguePower => ({ type: 'CataloguePower', data }),
      },
      metadata,
    );
    return { result: { id: data.id, position }, events };
  }
}
