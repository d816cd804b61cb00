import { Query } from '@nestjs/cqrs';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import type { AccessLogRow } from './access-log.schema';

/** GET /audit/access-log with its parameters as given. */
export class GetAccessLogQuery extends Query<AccessLogRow[]> {
  constructor(
    readonly municipality: string,
    readonly from: string,
    readonly until: string,
    readonly subject: AuthenticatedSubject,
  ) {
    super();
  }
}
