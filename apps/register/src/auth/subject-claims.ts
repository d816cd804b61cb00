import type { JWTPayload } from 'jose';
import { type AuthenticatedSubject, MUNICIPALITY_CODE, ROLES, type Role } from './authenticated-subject';
import { UnauthenticatedError } from './unauthenticated.error';

/**
 * The subject of a token whose signature and times are already verified.
 * Unknown roles are ignored, so an identity provider may carry roles of other
 * applications; claims of the wrong shape make the token invalid rather than
 * being guessed at. A subject without a known role is still returned: the
 * guard answers it 403, as it is authenticated but allowed nothing.
 */
export function subjectFromClaims(payload: JWTPayload): AuthenticatedSubject {
  const { sub, roles, municipalities } = payload;
  if (typeof sub !== 'string' || sub.trim() === '') {
    throw UnauthenticatedError.invalidToken('The token has no subject: sub must be a non-empty string');
  }
  return { sub, roles: knownRoles(roles), municipalities: municipalityCodes(municipalities) };
}

function knownRoles(claim: unknown): Role[] {
  if (claim === undefined) return [];
  if (!Array.isArray(claim)) throw UnauthenticatedError.invalidToken('The roles claim must be an array');
  // In the order of ROLES, each once, whatever order and repetition the token has.
  return ROLES.filter((role) => claim.includes(role));
}

function municipalityCodes(claim: unknown): string[] {
  if (claim === undefined) return [];
  if (!Array.isArray(claim) || !claim.every((code) => typeof code === 'string' && MUNICIPALITY_CODE.test(code))) {
    throw UnauthenticatedError.invalidToken('The municipalities claim must be an array of CBS codes such as GM0938');
  }
  return [...new Set<string>(claim)];
}
