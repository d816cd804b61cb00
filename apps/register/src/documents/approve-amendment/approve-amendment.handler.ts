import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ApproveAmendment, RegisterLookup } from '@register/domain';
import { documentDecider, documentStreamId, loadApproveAmendmentContext } from '@register/domain';
import { CLOCK, type Clock } from '../../write-side/clock';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import { StoredAmendmentReader } from '../shared/stored-amendment.reader';
import { ApproveAmendmentCommand } from './approve-amendment.command';
import type { ApproveAmendmentResult } from './approve-amendment.result';

/** One organ's approval; whether the organ may approve, and takes part on the date, is the decider's to say. */
@CommandHandler(ApproveAmendmentCommand)
export class ApproveAmendmentHandler implements ICommandHandler<ApproveAmendmentCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
    private readonly amendments: StoredAmendmentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, metadata }: ApproveAmendmentCommand): Promise<ApproveAmendmentResult> {
    const { position } = await this.runner.run(
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
    const { amendment } = await this.amendments.read(data.documentId, data.amendmentId);
    const approval = amendment.approvals.find((a) => a.organ === data.organ);
    if (approval === undefined) throw new Error(`The approval of ${data.amendmentId} by ${data.organ} is missing right after it was written`);
    return { id: data.amendmentId, position, organ: approval.organ, approvedOn: approval.approvedOn };
  }
}
