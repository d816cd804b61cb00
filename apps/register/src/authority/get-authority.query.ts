import { Query } from '@nestjs/cqrs';
import type { AuthorityAnswer } from '@register/projections';
import type { ReadScope } from '../auth/read-scope';
import type { TemporalQueryDto } from '../http/validation/temporal-query.dto';

/** GET /authority's question as asked, the amount read as euros; the handler fills in the temporal defaults. */
export interface AuthorityParameters extends TemporalQueryDto {
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
  readonly amount?: number;
}

/** GET /authority with its parameters and what the caller may read; the API's and the competence check page's alike. */
export class GetAuthorityQuery extends Query<AuthorityAnswer> {
  constructor(
    readonly parameters: AuthorityParameters,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
