import { Query } from '@nestjs/cqrs';
import type { ReadScope } from '../../auth/read-scope';
import type { TemporalQueryDto } from '../../http/validation/temporal-query.dto';

/** Amendment id → the organs whose approval an adoption on validOn would still lack; adopted amendments miss nobody. */
export type MissingApprovals = ReadonlyMap<string, readonly string[]>;

/** Who still has to approve each open amendment of a document, as known at knownAt, for an adoption on validOn. */
export class GetMissingApprovalsQuery extends Query<MissingApprovals> {
  constructor(
    readonly documentId: string,
    readonly temporal: TemporalQueryDto,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
