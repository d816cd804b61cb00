import { SignJWT } from 'jose';
import type { Role } from './authenticated-subject';
import { SECRET_ALGORITHM } from './secret-token.verifier';

export interface SubjectTokenClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  /** Only written when non-empty: the claim matters for auditors alone. */
  readonly municipalities?: readonly string[];
}

export interface SubjectTokenLifetime {
  readonly issuedAt: Date;
  readonly expiresInSeconds: number;
}

/** An HS256 token that `SecretTokenVerifier` accepts for the same secret until it expires. */
export async function signSubjectToken(claims: SubjectTokenClaims, secret: string, lifetime: SubjectTokenLifetime): Promise<string> {
  const issuedAt = Math.floor(lifetime.issuedAt.getTime() / 1000);
  const municipalities = claims.municipalities ?? [];
  return new SignJWT({ roles: [...claims.roles], ...(municipalities.length > 0 && { municipalities: [...municipalities] }) })
    .setProtectedHeader({ alg: SECRET_ALGORITHM, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime.expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}
