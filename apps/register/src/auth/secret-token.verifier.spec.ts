import { generateKeyPair, type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import { SecretTokenVerifier } from './secret-token.verifier';
import { CLOCK_TOLERANCE_SECONDS } from './token-verifier';
import { UnauthenticatedError } from './unauthenticated.error';

const SECRET = 'a-secret-of-at-least-32-characters!';
const NOW = new Date('2026-01-28T10:00:00.000Z');
const NOW_S = NOW.getTime() / 1000;
const HOUR = 3600;

const verifier = new SecretTokenVerifier(SECRET, () => NOW);

function claims(overrides: JWTPayload = {}): JWTPayload {
  return { sub: 'alice', roles: ['registrar'], iat: NOW_S, exp: NOW_S + HOUR, ...overrides };
}

function signed(payload: JWTPayload, secret = SECRET, alg = 'HS256'): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

async function refusal(token: string): Promise<{ detail: string; challenge: string }> {
  const error: unknown = await verifier.verify(token).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UnauthenticatedError)) throw new Error(`expected an UnauthenticatedError, got ${String(error)}`);
  return { detail: error.detail, challenge: error.challenge };
}

describe('SecretTokenVerifier (HS256)', () => {
  it('returns the subject, its roles and municipalities of a valid token', async () => {
    const token = await signed(claims({ roles: ['auditor'], municipalities: ['GM0938'] }));
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'alice', roles: ['auditor'], municipalities: ['GM0938'] });
  });

  it('ignores roles it does not know and keeps each known role once', async () => {
    const token = await signed(claims({ roles: ['reader', 'admin', 'registrar', 'reader'] }));
    await expect(verifier.verify(token)).resolves.toMatchObject({ roles: ['registrar', 'reader'] });
  });

  it('authenticates a token without any known role: the guard, not the verifier, refuses it with 403', async () => {
    await expect(verifier.verify(await signed(claims({ roles: ['admin'] })))).resolves.toMatchObject({ roles: [] });
  });

  it('refuses an expired token, with the invalid_token challenge of RFC 6750', async () => {
    const token = await signed(claims({ exp: NOW_S - CLOCK_TOLERANCE_SECONDS - 1 }));
    await expect(refusal(token)).resolves.toEqual({
      detail: 'The bearer token has expired',
      challenge: 'Bearer error="invalid_token"',
    });
  });

  it(`still accepts a token that expired ${CLOCK_TOLERANCE_SECONDS - 1} s ago, within the clock drift it tolerates`, async () => {
    const token = await signed(claims({ exp: NOW_S - (CLOCK_TOLERANCE_SECONDS - 1) }));
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'alice' });
  });

  it('refuses a token without exp, which would stay valid forever once leaked', async () => {
    const { detail } = await refusal(await signed(claims({ exp: undefined })));
    expect(detail).toBe('The bearer token is not valid: missing required "exp" claim');
  });

  it('refuses a token that is not valid yet (nbf in the future)', async () => {
    const { detail } = await refusal(await signed(claims({ nbf: NOW_S + CLOCK_TOLERANCE_SECONDS + 1 })));
    expect(detail).toBe('The bearer token is not valid: "nbf" claim timestamp check failed');
  });

  it('refuses a token signed with another secret', async () => {
    const { detail } = await refusal(await signed(claims(), 'another-secret-of-32-characters-or-more'));
    expect(detail).toBe('The bearer token is not valid: signature verification failed');
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await signed(claims())).split('.');
    const forged = Buffer.from(JSON.stringify(claims({ roles: ['registrar', 'auditor'] }))).toString('base64url');
    await expect(refusal(`${header}.${forged}.${signature}`)).resolves.toMatchObject({
      detail: 'The bearer token is not valid: signature verification failed',
    });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const unsigned = new UnsecuredJWT(claims()).encode();
    expect(unsigned.endsWith('.')).toBe(true);
    await expect(refusal(unsigned)).resolves.toMatchObject({ challenge: 'Bearer error="invalid_token"' });
  });

  it('refuses HS512 with the right secret: the algorithm is pinned, not chosen by the token', async () => {
    const { detail } = await refusal(await signed(claims(), SECRET, 'HS512'));
    expect(detail).toBe('The bearer token is not valid: "alg" (Algorithm) Header Parameter value not allowed');
  });

  it('refuses an RS256 token', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    await expect(refusal(token)).resolves.toMatchObject({ challenge: 'Bearer error="invalid_token"' });
  });

  it.each([
    ['no sub', { sub: undefined }, 'The token has no subject: sub must be a non-empty string'],
    ['an empty sub', { sub: ' ' }, 'The token has no subject: sub must be a non-empty string'],
    ['a sub that is a number', { sub: 42 as unknown as string }, 'The token has no subject: sub must be a non-empty string'],
    ['roles that are not an array', { roles: 'registrar' }, 'The roles claim must be an array'],
    ['municipalities that are not an array', { municipalities: 'GM0938' }, 'The municipalities claim must be an array of CBS codes such as GM0938'],
    ['a municipality that is not a CBS code', { municipalities: ['Meerssen'] }, 'The municipalities claim must be an array of CBS codes such as GM0938'],
  ])('refuses a token with %s', async (_what, overrides, detail) => {
    await expect(refusal(await signed(claims(overrides)))).resolves.toMatchObject({ detail });
  });

  it.each(['', 'not-a-token', 'a.b.c', 'e30.e30.'])('refuses the garbage %j', async (garbage) => {
    await expect(refusal(garbage)).resolves.toMatchObject({ challenge: 'Bearer error="invalid_token"' });
  });
});
