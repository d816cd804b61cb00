import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AuthorityAnswer, authorityKnownAt, functionIdsWithExternalTitle } from '@register/projections';
import { isPartyId } from '../http/validation';
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
    const actorId = isPartyId(actor) ? actor : await this.functionTitled(actor, temporal.knownAt);
    return authorityKnownAt(this.dataSource, { ...temporal, actor: actorId, power, municipality, amount });
  }

  /** The one function that carries `title` as an external title (api.md "Finding things"); none is a 404, several a 400 naming them. */
  private async functionTitled(title: string, knownAt: string): Promise<string> {
    const ids = await functionIdsWithExternalTitle(this.dataSource, title, knownAt);
    if (ids.length === 0) throw ProblemError.notFound(`The register held no function with the external title "${title}" at ${knownAt}.`);
    if (ids.length > 1) throw ProblemError.validationFailed([{ field: 'actor', message: `"${title}" is the external title of ${ids.join(', ')}: name one of them by its id` }]);
    return ids[0];
  }
}
