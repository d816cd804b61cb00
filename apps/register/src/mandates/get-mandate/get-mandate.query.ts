import { Query } from '@nestjs/cqrs';
import type { MandateView } from '@register/projections';
import type { ReadScope } from '../../auth/read-scope';
import type { TemporalQueryDto } from '../../http/validation/temporal-query.dto';

/** GET /mandates/{id} with its query parameters as given (the handler fills in the defaults) and what the caller may read. */
export class GetMandateQuery extends Query<MandateView> {
  constructor(
    readonly mandateId: string,
    readonly temporal: TemporalQueryDto,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
