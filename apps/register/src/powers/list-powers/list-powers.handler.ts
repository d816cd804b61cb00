import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { powerPage, type PowerListItem } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { type PagedList, pageOfList } from '../../http/paging/paged-list';
import { CLOCK, type Clock } from '../../write-side/clock';
import { ListPowersQuery } from './list-powers.query';

/**
 * A page of the power catalogue as known at knownAt (the lists read model in
 * @register/projections). The catalogue is the law's and names no
 * municipality, so an auditor sees all of it, as every role sees the participants.
 */
@QueryHandler(ListPowersQuery)
export class ListPowersHandler implements IQueryHandler<ListPowersQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ request }: ListPowersQuery): Promise<PagedList<PowerListItem>> {
    return pageOfList('powers', request, this.clock, ({ knownAt }, page) => powerPage(this.dataSource, request.filter, { ...page, knownAt }));
  }
}
