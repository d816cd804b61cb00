import { Query } from '@nestjs/cqrs';
import type { PowerListFilter, PowerListItem } from '@register/projections';
import type { ListRequest, PagedList } from '../../http/paging/paged-list';

/** GET /powers: a page of the power catalogue. */
export class ListPowersQuery extends Query<PagedList<PowerListItem>> {
  constructor(readonly request: ListRequest<PowerListFilter>) {
    super();
  }
}
