import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AuthorityAnswer, authorityKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { CLOCK, type Clock } from '../write-side/clock';
import { GetAuthorityQuery } from './get-authority.query';
import { authorityQuestionOf } from './authority-question';

/**
 * Whether the actor may exercise the power for the municipality on validOn,
 * as the register stood at knownAt, read from the authority, mandates,
 * publications and participants read models (authorityKnownAt in
 * @register/projections), once the register is found to know what the
 * question is about and the caller may see it (authority-question.ts).
 */
@QueryHandler(GetAuthorityQuery)
export class GetAuthorityHandler implements IQueryHandler<GetAuthorityQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ parameters, scope }: GetAuthorityQuery): Promise<AuthorityAnswer> {
    return authorityKnownAt(this.dataSource, await authorityQuestionOf(this.dataSource, this.clock, parameters, scope));
  }
}
