import { Query } from '@nestjs/cqrs';
import type { PendingPublication } from '@register/projections';
import type { ReadScope } from '../../auth/read-scope';
import type { PendingPublicationsQueryDto } from './pending-publications-query.dto';

/** GET /publications/pending with its query parameters as given (the handler fills in the defaults) and what the caller may read. */
export class ListPendingPublicationsQuery extends Query<readonly PendingPublication[]> {
  constructor(
    readonly temporal: PendingPublicationsQueryDto,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
