import { SignJWT } from 'jose';

/**
 * The REGISTER_JWT_SECRET of every test app (api.md: HS256 with the
 * secret from the environment). 32 characters or more, as the service demands.
 */
export const TEST_JWT_SECRET = 'szmh-register-e2e-secret-0123456789abcdef';

/**
 * The REGISTER_LOG_SIGNING_KEY of test apps on PostgreSQL, which (unlike the
 * embedded default) have no data folder to generate one in; of the default
 * origin, localhost/szmh-register.
 */
export const TEST_LOG_SIGNING_KEY = 'PRIVATE+KEY+localhost/szmh-register+7d189478+ATzAwAc9xJg0GgCKI1ezYHcvh6VQ8HkAX2u9kWb8D7aD';

export type TestRole = 'registrar' | 'publication-officer' | 'auditor' | 'reader';

export interface TestTokenClaims {
  readonly sub: string;
  readonly roles: readonly string[];
  readonly municipalities?: readonly string[];
}

export interface TestTokenOptions {
  readonly secret?: string;
  /** A jose time span (`'1h'`) or seconds since the epoch; a past value makes an expired token. */
  readonly expiresAt?: string | number;
}

/** A bearer token as an identity provider configured with the test secret would issue it. */
export function signTestToken(claims: TestTokenClaims, options: TestTokenOptions = {}): Promise<string> {
  const secret = new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET);
  const payload: Record<string, unknown> = { roles: [...claims.roles] };
  if (claims.municipalities) payload.municipalities = [...claims.municipalities];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? '1h')
    .sign(secret);
}

/**
 * The value of an Authorization header for `claims` (`sub` defaults to
 * `test-user`), signed with the test secret or with `secret`.
 */
export async function bearer(
  claims: Partial<TestTokenClaims> & Pick<TestTokenClaims, 'roles'>,
  secret: string = TEST_JWT_SECRET,
): Promise<string> {
  return `Bearer ${await signTestToken({ sub: 'test-user', ...claims }, { secret })}`;
}

/** The subjects the write-side tests act as; `sub` is what the history shows as `recordedBy`. */
export const TEST_SUBJECTS = {
  registrar: { sub: 'registrar@szmh.example', roles: ['registrar'] },
  'publication-officer': { sub: 'publicaties@maastricht.example', roles: ['publication-officer'] },
  reader: { sub: 'lezer@szmh.example', roles: ['reader'] },
  auditor: { sub: 'rekenkamer@vaals.example', roles: ['auditor'], municipalities: ['GM0981'] },
} as const satisfies Record<TestRole, TestTokenClaims>;
