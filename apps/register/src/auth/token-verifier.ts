import type { JWTVerifyOptions } from 'jose';
import type { AuthenticatedSubject } from './authenticated-subject';
import { UnauthenticatedError } from './unauthenticated.error';

/** Checks a bearer token and says whose it is. */
export interface TokenVerifier {
  /** @throws UnauthenticatedError when the token cannot be trusted. */
  verify(token: string): Promise<AuthenticatedSubject>;
}

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

export type Clock = () => Date;

/** Clocks of servers and identity providers drift a little; more than this is a wrong token, not drift. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** What every verifier asks of a token besides its key: a lifetime, and times that hold now. */
export function commonVerifyOptions(clock: Clock): JWTVerifyOptions {
  // A token without `exp` would be valid forever once leaked.
  return { requiredClaims: ['exp'], clockTolerance: CLOCK_TOLERANCE_SECONDS, currentDate: clock() };
}

// jose's error codes that say the token itself is wrong, as opposed to our keys being out of reach.
const TOKEN_FAULTS = new Set([
  'ERR_JWT_EXPIRED',
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
]);

/** The 401 for a token jose refused, or undefined when the failure is not the token's. */
export function tokenFault(error: unknown): UnauthenticatedError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !TOKEN_FAULTS.has(code)) return undefined;
  if (code === 'ERR_JWT_EXPIRED') return UnauthenticatedError.invalidToken('The bearer token has expired');
  // jose's messages name the failed check (`"nbf" claim timestamp check failed`) and never a key.
  return UnauthenticatedError.invalidToken(`The bearer token is not valid: ${(error as Error).message}`);
}
