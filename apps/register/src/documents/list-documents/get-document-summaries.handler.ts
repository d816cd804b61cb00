import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { documentSummaries, type DocumentSummary } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { audienceOf } from '../../http/paging/paged-list';
import { GetDocumentSummariesQuery } from './get-document-summaries.query';

/**
 * Several documents by id in one lookup of the lists read model, for a page
 * that names decisions (the competence check's chain); one the caller may
 * not read is left out, as GET /documents/{id} answers it 404.
 */
@QueryHandler(GetDocumentSummariesQuery)
export class GetDocumentSummariesHandler implements IQueryHandler<GetDocumentSummariesQuery> {
  constructor(@Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource) {}

  execute({ ids, knownAt, scope }: GetDocumentSummariesQuery): Promise<ReadonlyMap<string, DocumentSummary>> {
    return documentSummaries(this.dataSource, ids, audienceOf(scope), knownAt);
  }
}
