import { Query } from '@nestjs/cqrs';
import type { FunctionListFilter, FunctionListItem } from '@register/projections';
import type { ListRequest, PagedList } from '../../http/paging/paged-list';

/** GET /functions: a page of the functions. */
export class ListFunctionsQuery extends Query<PagedList<FunctionListItem>> {
  constructor(readonly request: ListRequest<FunctionListFilter>) {
    super();
  }
}
