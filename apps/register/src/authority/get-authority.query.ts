import { Query } from '@nestjs/cqrs';
import type { AuthorityAnswer } from '@register/projections';
import type { ReadScope } from '../auth/read-scope';
import type { AuthorityQueryDto } from './authority-query.dto';

/** GET /authority with its query parameters as given (the handler fills in the defaults) and what the caller may read. */
export class GetAuthorityQuery extends Query<AuthorityAnswer> {
  constructor(
    readonly parameters: AuthorityQueryDto,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
