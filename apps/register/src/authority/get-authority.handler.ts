import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { municipalityOfParty } from '@register/domain';
import { type AuthorityAnswer, authorityKnownAt, questionSubjectsKnown, type SubjectsFound } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead, type ReadScope } from '../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { ProblemError } from '../http/problem/problem.error';
import { resolveTemporalQuery } from '../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../write-side/clock';
import { GetAuthorityQuery } from './get-authority.query';
import { ambiguousTitle, unknownSubjects } from './unknown-subjects';

/**
 * Whether the actor may exercise the power for the municipality on validOn,
 * as the register stood at knownAt, read from the authority, mandates,
 * publications and participants read models (authorityKnownAt in
 * @register/projections).
 *
 * A question about nothing is not answered with a legal "no": an actor, power
 * or municipality the register does not know is a 404 naming it, and an
 * external title names the function that carries it. An auditor asks only
 * about their own municipalities (GR SZMH arts. 11, 12): any other answers
 * the plain 404 of anything out of scope, as if there were nothing to see.
 */
@QueryHandler(GetAuthorityQuery)
export class GetAuthorityHandler implements IQueryHandler<GetAuthorityQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ parameters, scope }: GetAuthorityQuery): Promise<AuthorityAnswer> {
    const { power, municipality, amount } = parameters;
    if (!mayRead(scope, [municipality])) throw ProblemError.notFound(`The register shows nothing about ${municipality} to this caller.`);
    const temporal = resolveTemporalQuery(parameters, this.clock);
    const found = await questionSubjectsKnown(this.dataSource, parameters);
    const actor = actorOf(found, scope);
    return authorityKnownAt(this.dataSource, { ...temporal, actor, power, municipality, ...(amount === undefined ? {} : { amount }) });
  }
}

/** The actor's organ or function id, or the 404 (or, for a title several functions carry, the 400) the question gets instead. */
function actorOf(found: SubjectsFound, scope: ReadScope): string {
  switch (found.kind) {
    case 'known':
      return found.actor;
    case 'unknown':
      throw unknownSubjects(found.unknown, (party) => mayRead(scope, [municipalityOfParty(party)]));
    case 'ambiguous':
      throw ambiguousTitle(found, (functionId) => mayRead(scope, [municipalityOfParty(functionId)]));
    default: {
      const unknown: never = found;
      throw new Error(`Unhandled subjects ${JSON.stringify(unknown)}`);
    }
  }
}
