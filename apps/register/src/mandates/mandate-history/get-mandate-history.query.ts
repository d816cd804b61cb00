import { Query } from '@nestjs/cqrs';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import type { MandateHistoryEntry } from './mandate-history-entry';

/** GET /mandates/{id}/history, as `subject` may see it. */
export class GetMandateHistoryQuery extends Query<readonly MandateHistoryEntry[]> {
  constructor(
    readonly mandateId: string,
    readonly subject: AuthenticatedSubject,
  ) {
    super();
  }
}
