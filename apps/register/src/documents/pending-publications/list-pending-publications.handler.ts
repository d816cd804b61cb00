import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type PendingPublication, type PendingPublicationScope, pendingPublicationsKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import type { ReadScope } from '../../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { resolveTemporalQuery } from '../../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../../write-side/clock';
import { ListPendingPublicationsQuery } from './list-pending-publications.query';

/**
 * The publication work list as known at `knownAt`, read from the publications
 * read model (PublicationsProjection in @register/projections): what is not
 * yet brought into force by a publication in the right sheet, with the organ
 * that must publish it, optionally only that organ's.
 *
 * `validOn` and `axis` are accepted and validated like on every read, but do
 * not filter: whether a decision still has to be published is a fact of the
 * register's knowledge (a registration without a publication), not of the
 * period its rules apply to; a retroactive decision valid since January must
 * be published all the same, and it cannot be in force before it is.
 */
@QueryHandler(ListPendingPublicationsQuery)
export class ListPendingPublicationsHandler implements IQueryHandler<ListPendingPublicationsQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ temporal, scope }: ListPendingPublicationsQuery): Promise<readonly PendingPublication[]> {
    const { knownAt } = resolveTemporalQuery(temporal, this.clock);
    const filter = temporal.publisher === undefined ? {} : { publisher: temporal.publisher };
    return pendingPublicationsKnownAt(this.dataSource, knownAt, publicationScopeOf(scope), filter);
  }
}

function publicationScopeOf(scope: ReadScope): PendingPublicationScope {
  switch (scope.kind) {
    case 'everything':
      return scope;
    case 'municipalities':
      return { kind: 'municipalities', municipalities: [...scope.municipalities] };
    default: {
      const unknown: never = scope;
      throw new Error(`Unhandled read scope ${JSON.stringify(unknown)}`);
    }
  }
}
