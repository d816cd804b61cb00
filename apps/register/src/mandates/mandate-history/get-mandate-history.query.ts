import { Query } from '@nestjs/cqrs';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import type { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import type { MandateHistoryEntry } from './mandate-history-entry';

/** GET /mandates/{id}/history with its query parameters as given (the handler fills in the defaults), as `subject` may see it. */
export class GetMandateHistoryQuery extends Query<readonly MandateHistoryEntry[]> {
  constructor(
    readonly mandateId: string,
    readonly temporal: TemporalQueryDto,
    readonly subject: AuthenticatedSubject,
  ) {
    super();
  }
}
