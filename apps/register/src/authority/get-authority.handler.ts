import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AuthorityAnswer, authorityKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead } from '../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { ProblemError } from '../http/problem/problem.error';
import { resolveTemporalQuery } from '../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../write-side/clock';
import { GetAuthorityQuery } from './get-authority.query';

/**
 * Whether the actor may exercise the power for the municipality on validOn,
 * as the register stood at knownAt, read from the authority, mandates and
 * participants read models (authorityKnownAt in @register/projections).
 *
 * An auditor asks only about their own municipalities (GR SZMH arts. 11, 12):
 * any other answers 404, as if there were nothing to see.
 */
@QueryHandler(GetAuthorityQuery)
export class GetAuthorityHandler implements IQueryHandler<GetAuthorityQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ parameters, scope }: GetAuthorityQuery): Promise<AuthorityAnswer> {
    const { actor, power, municipality, amount } = parameters;
    if (!mayRead(scope, [municipality])) throw ProblemError.notFound(`The register shows nothing about ${municipality} to this caller.`);
    const temporal = resolveTemporalQuery(parameters, this.clock);
    return authorityKnownAt(this.dataSource, { ...temporal, actor, power, municipality, amount });
  }
}
