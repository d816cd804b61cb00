import { parseParty } from '@register/domain';
import type { SubjectsFound, UnknownSubject } from '@register/projections';
import { ProblemError } from '../http/problem/problem.error';

/** Whether the caller may learn about a party's municipality: an auditor only about their own. */
type Visible = (party: string) => boolean;

/**
 * 404 NOT_FOUND naming each thing the question is about that the register
 * does not know (issue 12: a typo must not read as a legal "no"). A function
 * or organ of a municipality outside an auditor's scope is not named: the
 * auditor gets the plain 404 of anything out of scope instead.
 */
export function unknownSubjects(unknown: readonly UnknownSubject[], visible: Visible): ProblemError {
  const hidden = unknown.some(({ subject, value }) => subject === 'actor' && parseParty(value) !== null && !visible(value));
  if (hidden) return ProblemError.notFound('The register shows nothing about that actor to this caller.');
  const named = unknown.map(describe);
  return ProblemError.notFound(`The register knows ${named.join(', ')}: the question is about nothing it holds, so it has no answer.`);
}

function describe({ subject, value }: UnknownSubject): string {
  switch (subject) {
    case 'municipality':
      return `no municipality ${value} among the participants of the arrangement, past or present`;
    case 'power':
      return `no power ${value} in its catalogue`;
    case 'actor': {
      const party = parseParty(value);
      if (party === null) return `no function with the external title "${value}"`;
      return party.type === 'function' ? `no function ${value}` : `no organ ${value}: ${party.municipality} never took part in the arrangement`;
    }
    default: {
      const unhandled: never = subject;
      throw new Error(`Unhandled subject ${String(unhandled)}`);
    }
  }
}

/**
 * 400 VALIDATION_FAILED on `actor`: an external title that more than one
 * function carries names none of them. The functions the caller may see are
 * listed, so the question can be asked again by id.
 */
export function ambiguousTitle(found: Extract<SubjectsFound, { kind: 'ambiguous' }>, visible: Visible): ProblemError {
  const ids = found.functions.map((f) => f.functionId).filter(visible);
  const which = ids.length === 0 ? '' : ` (${ids.join(', ')})`;
  const message = `the external title "${found.title}" is carried by ${found.functions.length} functions${which}; ask by the function's id`;
  return ProblemError.validationFailed([{ field: 'actor', message }]);
}
