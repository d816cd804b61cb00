import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterLookup } from '@register/domain';
import { loadPublicationContext } from '@register/domain';
import { CLOCK, type Clock } from '../../write-side/clock';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { PublicationIdReservation } from '../publish-decision/publication-id.reservation';
import { publicationStreamDecision } from '../publish-decision/publication-stream.decision';
import type { PublishDecisionResult } from '../publish-decision/publish-decision.result';
import { CorrectPublicationCommand } from './correct-publication.command';

/** Event indexes of one correction: the new number's reservation, the correction, the old number's release. */
const RESERVE_NEW = 0;
const CORRECTION = 1;
const RELEASE_OLD = 2;

/**
 * A corrected number is reserved like a new publication's, after the decider
 * accepted the correction and before it is appended; the old number is
 * released only once the correction is stored, so no moment exists in which
 * two documents could use it. A retry under the same Idempotency-Key finds the
 * correction stored and still completes the release.
 */
@CommandHandler(CorrectPublicationCommand)
export class CorrectPublicationHandler implements ICommandHandler<CorrectPublicationCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly reservations: PublicationIdReservation,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: CorrectPublicationCommand): Promise<Written<PublishDecisionResult>> {
    const { documentId, publicationId } = data;
    const newId = data.field === 'publicationId' && typeof data.value === 'string' ? data.value : null;
    if (newId !== null) await this.reservations.requireAvailableTo(newId, documentId);
    const decision = publicationStreamDecision(documentId, CORRECTION, async () => ({
      type: 'CorrectPublication',
      data,
      today: this.clock.today(),
      context: await loadPublicationContext(this.lookup, data.field === 'publisher' ? data.value : null),
    }));
    const decided = await this.runner.decide(decision, metadata);
    const concerns = [...((await this.lookup.document(documentId))?.concerns ?? [])];
    if (decided.kind === 'decided' && newId !== null) await this.reservations.reserve(newId, documentId, concerns, metadata, RESERVE_NEW);
    const { events, position } = await this.runner.append(decision, decided, metadata);
    if (newId !== null) await this.reservations.release(publicationId, documentId, concerns, metadata, RELEASE_OLD);
    return { result: { id: documentId, publicationId: newId ?? publicationId, position }, events };
  }
}
