import { Query } from '@nestjs/cqrs';
import type { ReadScope } from '../../auth/read-scope';
import type { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import type { DocumentAnswer } from './document-answer';

/** GET /documents/{id} with its query parameters as given (the handler fills in the defaults) and what the caller may read. */
export class GetDocumentQuery extends Query<DocumentAnswer> {
  constructor(
    readonly documentId: string,
    readonly temporal: TemporalQueryDto,
    readonly scope: ReadScope,
  ) {
    super();
  }
}
