import { Query } from '@nestjs/cqrs';
import type { MandateListFilter, MandateView } from '@register/projections';
import type { ListRequest, PagedList } from '../../http/paging/paged-list';

/** GET /mandates: a page of the mandates, each with its status on validOn. */
export class ListMandatesQuery extends Query<PagedList<MandateView>> {
  constructor(readonly request: ListRequest<MandateListFilter>) {
    super();
  }
}
