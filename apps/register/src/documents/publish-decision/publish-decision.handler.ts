import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RegisterLookup } from '@register/domain';
import { concernedMunicipalities, loadPublicationContext } from '@register/domain';
import { CLOCK, type Clock } from '../../write-side/clock';
import { DeciderRunner } from '../../write-side/decider-runner';
import { REGISTER_LOOKUP } from '../../write-side/store-register-lookup';
import type { Written } from '../../write-side/write-command';
import { PublicationIdReservation, RESERVATION_EVENT_INDEX } from './publication-id.reservation';
import { publicationStreamDecision } from './publication-stream.decision';
import { PublishDecisionCommand } from './publish-decision.command';
import type { PublishDecisionResult } from './publish-decision.result';

/**
 * Decide first, then reserve, then append: a publication the decider refuses
 * (wrong form, before the decision, in force before publication) must not
 * burn its identifier for other documents. Reserving before the append means
 * two documents racing for one identifier cannot both be published; the
 * window it leaves (reserved, not yet published) is closed by a retry, which
 * `PublicationIdReservation.reserve` lets through for the same document.
 */
@CommandHandler(PublishDecisionCommand)
export class PublishDecisionHandler implements ICommandHandler<PublishDecisionCommand> {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly reservations: PublicationIdReservation,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTER_LOOKUP) private readonly lookup: RegisterLookup,
  ) {}

  async execute({ data, metadata }: PublishDecisionCommand): Promise<Written<PublishDecisionResult>> {
    const { documentId, publicationId } = data;
    await this.reservations.requireAvailableTo(publicationId, documentId);
    const decision = publicationStreamDecision(documentId, RESERVATION_EVENT_INDEX + 1, async () => ({
      type: 'PublishDecision',
      data,
      today: this.clock.today(),
      context: await loadPublicationContext(this.lookup, data.publisher),
    }));
    const decided = await this.runner.decide(decision, metadata);
    if (decided.kind === 'decided') {
      const municipalities = decided.events.flatMap((event) => concernedMunicipalities(event));
      await this.reservations.reserve(publicationId, documentId, [...new Set(municipalities)], metadata);
    }
    const { events, position } = await this.runner.append(decision, decided, metadata);
    return { result: { id: documentId, publicationId, position }, events };
  }
}
