import { Query } from '@nestjs/cqrs';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';

/** The audit ZIP and what the access log notes of it. */
export interface AuditBundle {
  readonly zip: Uint8Array;
  readonly fileName: string;
  readonly events: number;
}

/** GET /audit/export with its parameters as given. */
export class AuditExportQuery extends Query<AuditBundle> {
  constructor(
    readonly municipality: string,
    readonly from: string,
    readonly until: string,
    readonly since: number | undefined,
    readonly subject: AuthenticatedSubject,
  ) {
    super();
  }
}
