import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { documentPage, type DocumentListItem } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { audienceOf, type PagedList, pageOfList } from '../../http/paging/paged-list';
import { CLOCK, type Clock } from '../../write-side/clock';
import { ListDocumentsQuery } from './list-documents.query';

/**
 * A page of the documents as known at knownAt, with their publications (the
 * lists and documents read models in @register/projections); an auditor sees
 * those that concern their municipalities, as GET /documents/{id} shows them.
 */
@QueryHandler(ListDocumentsQuery)
export class ListDocumentsHandler implements IQueryHandler<ListDocumentsQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ request }: ListDocumentsQuery): Promise<PagedList<DocumentListItem>> {
    const audience = audienceOf(request.scope);
    return pageOfList('documents', request, this.clock, ({ knownAt }, page) => documentPage(this.dataSource, request.filter, audience, { ...page, knownAt }));
  }
}
