import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterFunction, RegisterLookup } from '@register/domain';
import { functionDecider, functionStreamId, loadRegisterFunctionContext } from '@register/domain';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { RegisterFunctionCommand } from './register-function.command';

@CommandHandler(RegisterFunctionCommand)
export class RegisterFunctionHandler implements ICommandHandler<RegisterFunctionCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: RegisterFunctionCommand): Promise<Written> {
    const { events, position } = await this.runner.run(
      {
        decider: functionDecider,
        streamId: functionStreamId(data.id),
        resource: { kind: 'function', id: data.id },
        command: async (): Promise<RegisterFunction> => ({ type: 'RegisterFunction', data, context: await loadRegisterFunctionContext(this.lookup, data) }),
      },
      metadata,
    );
    return { result: { id: data.id, position }, events };
  }
}
