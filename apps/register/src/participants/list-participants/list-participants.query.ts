import { Query } from '@nestjs/cqrs';
import type { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import type { ParticipantListEntry } from '@register/projections';

/** GET /participants with its query parameters as given (the handler fills in the defaults). */
export class ListParticipantsQuery extends Query<readonly ParticipantListEntry[]> {
  constructor(readonly temporal: TemporalQueryDto) {
    super();
  }
}
