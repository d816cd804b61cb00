import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedSubject } from './authenticated-subject';
import { subjectOf } from './request-subject';

/** The handler's `AuthenticatedSubject`, e.g. `create(@CurrentSubject() subject: AuthenticatedSubject)`. */
export const CurrentSubject = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedSubject => {
  const subject = subjectOf(context.switchToHttp().getRequest<object>());
  // Only a @Public() route reaches here without one, and such a route has no subject to use.
  if (!subject) throw new Error('@CurrentSubject() used on a route without an authenticated subject (a @Public() one?)');
  return subject;
});
