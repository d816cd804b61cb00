import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { functionPage, type FunctionListItem } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { audienceOf, type PagedList, pageOfList } from '../../http/paging/paged-list';
import { CLOCK, type Clock } from '../../write-side/clock';
import { ListFunctionsQuery } from './list-functions.query';

/**
 * A page of the functions as known at knownAt (the lists read model in
 * @register/projections); an auditor sees the functions of their own
 * municipalities (GR SZMH arts. 11, 12).
 */
@QueryHandler(ListFunctionsQuery)
export class ListFunctionsHandler implements IQueryHandler<ListFunctionsQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ request }: ListFunctionsQuery): Promise<PagedList<FunctionListItem>> {
    const audience = audienceOf(request.scope);
    return pageOfList('functions', request, this.clock, ({ knownAt }, page) => functionPage(this.dataSource, request.filter, audience, { ...page, knownAt }));
  }
}
