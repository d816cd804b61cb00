import type { AuthenticatedSubject } from './authenticated-subject';

// A symbol, so neither a body parser nor another middleware can set it from client input.
const SUBJECT = Symbol('AuthenticatedSubject');

type WithSubject = { [SUBJECT]?: AuthenticatedSubject };

export function attachSubject(request: object, subject: AuthenticatedSubject): void {
  (request as WithSubject)[SUBJECT] = subject;
}

/** The subject the guard authenticated for this request; undefined on a public route. */
export function subjectOf(request: object): AuthenticatedSubject | undefined {
  return (request as WithSubject)[SUBJECT];
}
