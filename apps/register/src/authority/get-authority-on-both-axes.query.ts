import { Query } from '@nestjs/cqrs';
import type { AuthorityOnBothAxes } from '@register/projections';
import type { ReadScope } from '../auth/read-scope';
import type { AuthorityParameters } from './get-authority.query';

/** GET /authority's question on the valid and the inForce axis at once (the competence check's page); `parameters.axis` is not read. */
export class GetAuthorityOnBothAxesQuery extends Query<AuthorityOnBothAxes> {
  constructor(
    readonly parameters: AuthorityParameters,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
