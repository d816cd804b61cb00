import { municipalityOfParty } from '@register/domain';
import { type AuthorityQuestion, questionSubjectsKnown, type SubjectsFound } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead, type ReadScope } from '../auth/read-scope';
import { ProblemError } from '../http/problem/problem.error';
import { resolveTemporalQuery } from '../http/validation/temporal-query.dto';
import type { Clock } from '../write-side/clock';
import type { AuthorityParameters } from './get-authority.query';
import { ambiguousTitle, unknownSubjects } from './unknown-subjects';

/**
 * GET /authority's question as the read models take it: the temporal
 * defaults filled in, and the actor made the organ or the function's id (also
 * when the question named the function by its external title), once the
 * register is found to know what the question is about.
 *
 * A question about nothing is not answered with a legal "no": an actor, power
 * or municipality the register does not know is a 404 naming it. An auditor
 * asks only about their own municipalities (GR SZMH arts. 11, 12): any other
 * answers the plain 404 of anything out of scope, as if there were nothing to see.
 *
 * @throws ProblemError NOT_FOUND as above; VALIDATION_FAILED for a knownAt in the future or an external title several functions carry.
 */
export async function authorityQuestionOf(dataSource: DataSource, clock: Pick<Clock, 'now'>, parameters: AuthorityParameters, scope: ReadScope): Promise<AuthorityQuestion> {
  const { power, municipality, amount } = parameters;
  if (!mayRead(scope, [municipality])) throw ProblemError.notFound(`The register shows nothing about ${municipality} to this caller.`);
  const temporal = resolveTemporalQuery(parameters, clock);
  const actor = actorOf(await questionSubjectsKnown(dataSource, parameters), scope);
  return { ...temporal, actor, power, municipality, ...(amount === undefined ? {} : { amount }) };
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
