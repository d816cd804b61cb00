import { Query } from '@nestjs/cqrs';
import type { DocumentListFilter, DocumentListItem } from '@register/projections';
import type { ListRequest, PagedList } from '../../http/paging/paged-list';

/** GET /documents: a page of the documents. */
export class ListDocumentsQuery extends Query<PagedList<DocumentListItem>> {
  constructor(readonly request: ListRequest<DocumentListFilter>) {
    super();
  }
}
