import { ForbiddenException } from '@nestjs/common';
import { authProblem } from './auth-problem';

/** An authenticated subject without a role the route needs: 403 `FORBIDDEN`, the problem document as response. */
export class ForbiddenError extends ForbiddenException {
  readonly code = 'FORBIDDEN';

  constructor(readonly detail: string) {
    super(authProblem(403, 'Forbidden', 'FORBIDDEN', detail));
    this.name = 'ForbiddenError';
    this.message = detail;
  }
}
