import { Query } from '@nestjs/cqrs';
import type { DocumentSummary } from '@register/projections';
import type { ReadScope } from '../../auth/read-scope';

/** Documents by id as registered (type, title, decision date, who decided, whom they concern), those the caller may read. */
export class GetDocumentSummariesQuery extends Query<ReadonlyMap<string, DocumentSummary>> {
  constructor(
    readonly ids: readonly string[],
    readonly knownAt: string,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
