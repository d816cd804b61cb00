import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { mandatePage, type MandateView } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { audienceOf, type PagedList, pageOfList } from '../../http/paging/paged-list';
import { CLOCK, type Clock } from '../../write-side/clock';
import { ListMandatesQuery } from './list-mandates.query';

/**
 * A page of the mandates as known at knownAt, each as GET /mandates/{id}
 * shows it with its status on validOn on the asked axis (the lists and
 * mandates read models in @register/projections); an auditor sees those that
 * concern their municipalities, as GET /mandates/{id} does.
 */
@QueryHandler(ListMandatesQuery)
export class ListMandatesHandler implements IQueryHandler<ListMandatesQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ request }: ListMandatesQuery): Promise<PagedList<MandateView>> {
    const audience = audienceOf(request.scope);
    return pageOfList('mandates', request, this.clock, (question, page) => mandatePage(this.dataSource, request.filter, audience, question, page));
  }
}
