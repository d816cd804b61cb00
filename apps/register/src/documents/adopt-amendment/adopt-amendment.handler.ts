import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AdoptAmendment, RegisterLookup } from '@register/domain';
import { documentDecider, documentStreamId, loadAdoptAmendmentContext } from '@register/domain';
import { CLOCK, type Clock } from '../../write-side/clock';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import { decidedEvent, type Written } from '../../write-side/write-command';
import { AdoptAmendmentCommand } from './adopt-amendment.command';
import type { AdoptAmendmentResult } from './adopt-amendment.result';

/**
 * Adopts the amendment as the document's next version. The charter needs
 * every college taking part on the adoption date, so the context is the whole
 * participant list; approvals arrive on the document's own stream, so one
 * recorded between our read and our append fails the append
 * (WRONG_EXPECTED_VERSION) instead of being overlooked. The answer (the
 * version's number and dates) comes from the AmendmentAdopted decided.
 */
@CommandHandler(AdoptAmendmentCommand)
export class AdoptAmendmentHandler implements ICommandHandler<AdoptAmendmentCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, metadata }: AdoptAmendmentCommand): Promise<Written<AdoptAmendmentResult>> {
    const { events, position } = await this.runner.run(
      {
        decider: documentDecider,
        streamId: documentStreamId(data.documentId),
        resource: { kind: 'document', id: data.documentId },
        command: async (): Promise<AdoptAmendment> => ({
          type: 'AdoptAmendment',
          data,
          today: this.clock.today(),
          context: await loadAdoptAmendmentContext(this.lookup),
        }),
      },
      metadata,
    );
    const { version, adoptedOn, validFrom, inForceFrom } = decidedEvent(events, 'AmendmentAdopted').data;
    return { result: { id: data.amendmentId, position, version, adoptedOn, validFrom, inForceFrom }, events };
  }
}
