import { Query } from '@nestjs/cqrs';
import type { RegisterDirection, RegisterEntry } from '@register/projections';
import type { ReadScope } from '../auth/read-scope';
import type { TemporalQuery, TemporalQueryDto } from '../http/validation/temporal-query.dto';

/** The register of an organ, with the question it answers (defaults filled in) and its entries. */
export interface RegisterView {
  readonly organ: string;
  readonly question: TemporalQuery;
  readonly entries: readonly RegisterEntry[];
}

/** GET /registers/{organ}[/received] with its query parameters as given and what the caller may read. */
export class GetRegisterQuery extends Query<RegisterView> {
  constructor(
    readonly organ: string,
    readonly direction: RegisterDirection,
    readonly temporal: TemporalQueryDto,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
