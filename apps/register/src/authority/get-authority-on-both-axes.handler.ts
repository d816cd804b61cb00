import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AuthorityOnBothAxes, authorityOnBothAxesKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { CLOCK, type Clock } from '../write-side/clock';
import { GetAuthorityOnBothAxesQuery } from './get-authority-on-both-axes.query';
import { authorityQuestionOf } from './authority-question';

/**
 * GET /authority's answer on both axes, each what GetAuthorityHandler gives
 * for that axis, from one look at the read models: the subjects are checked
 * once and the chains looked up once (authorityOnBothAxesKnownAt), so the two
 * answers also describe the very same register.
 */
@QueryHandler(GetAuthorityOnBothAxesQuery)
export class GetAuthorityOnBothAxesHandler implements IQueryHandler<GetAuthorityOnBothAxesQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ parameters, scope }: GetAuthorityOnBothAxesQuery): Promise<AuthorityOnBothAxes> {
    return authorityOnBothAxesKnownAt(this.dataSource, await authorityQuestionOf(this.dataSource, this.clock, parameters, scope));
  }
}
