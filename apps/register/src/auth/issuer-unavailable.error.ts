import { ServiceUnavailableException } from '@nestjs/common';
import { authProblem } from './auth-problem';

/**
 * The OIDC issuer's keys could not be fetched, so no token can be checked.
 * That is our failure, not the client's: 503 `ISSUER_UNAVAILABLE`, worth a retry.
 */
export class IssuerUnavailableError extends ServiceUnavailableException {
  readonly code = 'ISSUER_UNAVAILABLE';

  constructor(readonly detail: string) {
    super(authProblem(503, 'Service Unavailable', 'ISSUER_UNAVAILABLE', detail));
    this.name = 'IssuerUnavailableError';
    this.message = detail;
  }
}
