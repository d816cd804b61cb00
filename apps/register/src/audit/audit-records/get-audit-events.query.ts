import { Query } from '@nestjs/cqrs';
import type { StoredEvent } from '@register/event-store';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';

/** The events of one municipality's period that the latest signed checkpoint holds, the first `limit` of them, and how many there are. */
export interface AuditEvents {
  readonly total: number;
  readonly events: readonly StoredEvent[];
}

/** What the auditor's page lists of the events the audit bundle holds. */
export class GetAuditEventsQuery extends Query<AuditEvents> {
  constructor(
    readonly municipality: string,
    readonly from: string,
    readonly until: string,
    readonly limit: number,
    readonly subject: AuthenticatedSubject,
  ) {
    super();
  }
}
