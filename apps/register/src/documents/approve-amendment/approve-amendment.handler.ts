import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ApproveAmendment, RegisterLookup } from '@register/domain';
import { documentDecider, documentStreamId, loadApproveAmendmentContext } from '@register/domain';
import { CLOCK, type Clock } from '../../write-side/clock';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import { decidedEvent, type Written } from '../../write-side/write-command';
import { ApproveAmendmentCommand } from './approve-amendment.command';
import type { ApproveAmendmentResult } from './approve-amendment.result';

/**
 * One organ's approval; whether the organ may approve, and takes part on the
 * date, is the decider's to say. The answer tells the date the domain chose
 * (the decision's, else today), read from the AmendmentApproved it decided.
 */
@CommandHandler(ApproveAmendmentCommand)
export class ApproveAmendmentHandler implements ICommandHandler<ApproveAmendmentCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, metadata }: ApproveAmendmentCommand): Promise<Written<ApproveAmendmentResult>> {
    const { events, position } = await this.runner.run(
      {
        decider: documentDecider,
        streamId: documentStreamId(data.documentId),
        resource: { kind: 'document', id: data.documentId },
        command: async (): Promise<ApproveAmendment> => ({
          type: 'ApproveAmendment',
          data,
          today: this.clock.today(),
          context: await loadApproveAmendmentContext(this.lookup, data),
        }),
      },
      metadata,
    );
    const { organ, approvedOn } = decidedEvent(events, 'AmendmentApproved').data;
    return { result: { id: data.amendmentId, position, organ, approvedOn }, events };
  }
}
