import { UnauthorizedException } from '@nestjs/common';
import { authProblem } from './auth-problem';

/**
 * No bearer token, or one that cannot be trusted: 401 `UNAUTHENTICATED`. Its
 * response is already the problem document, so any filter that answers with
 * `getResponse()` answers correctly; `challenge` is the `WWW-Authenticate`
 * value of RFC 6750 §3.
 */
export class UnauthenticatedError extends UnauthorizedException {
  readonly code = 'UNAUTHENTICATED';

  private constructor(
    readonly detail: string,
    readonly challenge: string,
  ) {
    super(authProblem(401, 'Unauthorized', 'UNAUTHENTICATED', detail));
    this.name = 'UnauthenticatedError';
    this.message = detail;
  }

  /** RFC 6750 §3.1: a request without credentials gets the bare challenge, no error code. */
  static missingToken(detail = 'This route needs an Authorization: Bearer <token> header'): UnauthenticatedError {
    return new UnauthenticatedError(detail, 'Bearer');
  }

  static invalidToken(detail: string): UnauthenticatedError {
    return new UnauthenticatedError(detail, 'Bearer error="invalid_token"');
  }
}
