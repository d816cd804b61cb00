import { Logger } from '@nestjs/common';
import { type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import { IssuerUnavailableError } from './issuer-unavailable.error';
import { OidcTokenVerifier } from './oidc-token.verifier';
import { LocalOidcIssuer } from './testing/local-oidc-issuer';
import { UnauthenticatedError } from './unauthenticated.error';

const AUDIENCE = 'szmh-register';

describe('OidcTokenVerifier against a JWKS served on 127.0.0.1', () => {
  let idp: LocalOidcIssuer;
  let verifier: OidcTokenVerifier;
  let errorLogs: jest.SpyInstance;

  beforeEach(async () => {
    idp = await LocalOidcIssuer.start();
    verifier = new OidcTokenVerifier({ issuer: idp.issuer, audience: AUDIENCE });
    errorLogs = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    errorLogs.mockRestore();
    await idp.close();
  });

  function claims(overrides: JWTPayload = {}): JWTPayload {
    const now = Math.floor(Date.now() / 1000);
    return { iss: idp.issuer, aud: AUDIENCE, sub: 'carol', roles: ['reader'], iat: now, exp: now + 300, ...overrides };
  }

  async function refusalOf(token: string): Promise<string> {
    const error: unknown = await verifier.verify(token).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof UnauthenticatedError)) throw new Error(`expected an UnauthenticatedError, got ${String(error)}`);
    return error.detail;
  }

  it('accepts an RS256 token of the issuer for our audience', async () => {
    await expect(verifier.verify(await idp.sign(claims()))).resolves.toEqual({ sub: 'carol', roles: ['reader'], municipalities: [] });
  });

  it('accepts an ES256 token, and an audience list that includes ours', async () => {
    const token = await idp.sign(claims({ aud: ['account', AUDIENCE] }), 'ES256');
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'carol' });
  });

  it('finds the keys through the discovery document, then fetches them once for many tokens', async () => {
    for (const sub of ['a', 'b', 'c']) await verifier.verify(await idp.sign(claims({ sub })));
    expect(idp.requests).toEqual(['/realms/szmh/.well-known/openid-configuration', '/realms/szmh/protocol/openid-connect/certs']);
  });

  it('refuses a token of another issuer, even when signed with a key the JWKS holds', async () => {
    await expect(refusalOf(await idp.sign(claims({ iss: 'https://evil.example' })))).resolves.toBe(
      'The bearer token is not valid: unexpected "iss" claim value',
    );
  });

  it('refuses a token meant for another audience', async () => {
    await expect(refusalOf(await idp.sign(claims({ aud: 'another-app' })))).resolves.toBe(
      'The bearer token is not valid: unexpected "aud" claim value',
    );
  });

  it('refuses a token without an audience', async () => {
    await expect(refusalOf(await idp.sign(claims({ aud: undefined })))).resolves.toBe(
      'The bearer token is not valid: missing required "aud" claim',
    );
  });

  it('refuses an expired token of the issuer', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expect(refusalOf(await idp.sign(claims({ iat: past - 60, exp: past })))).resolves.toBe('The bearer token has expired');
  });

  it('refuses HS256 signed with the public key: a key published for anyone is no secret', async () => {
    const pem = await idp.publicRsaPem();
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: 'rsa-1' }).sign(new TextEncoder().encode(pem));
    await expect(refusalOf(token)).resolves.toBe('The bearer token is not valid: "alg" (Algorithm) Header Parameter value not allowed');
  });

  it('refuses an unsigned token (alg none)', async () => {
    await expect(refusalOf(new UnsecuredJWT(claims()).encode())).resolves.toMatch(/^The bearer token is not valid: /);
  });

  it('refuses a token signed with a key the issuer does not publish', async () => {
    const stranger = await LocalOidcIssuer.start();
    try {
      const token = await stranger.sign(claims());
      await expect(refusalOf(token)).resolves.toMatch(/^The bearer token is not valid: /);
    } finally {
      await stranger.close();
    }
  });

  it('answers 503 while the issuer is down, and recovers once it is back', async () => {
    const token = await idp.sign(claims());
    idp.available = false;
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(IssuerUnavailableError);
    expect(errorLogs).toHaveBeenCalledWith(`Cannot fetch the keys of the OIDC issuer ${idp.issuer}: ${idp.issuer}/.well-known/openid-configuration answered 503`);
    idp.available = true;
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'carol' });
  });

  it('does not use discovery metadata that names another issuer', async () => {
    idp.metadataIssuer = 'https://evil.example';
    await expect(verifier.verify(await idp.sign(claims()))).rejects.toBeInstanceOf(IssuerUnavailableError);
    expect(idp.requests).toEqual(['/realms/szmh/.well-known/openid-configuration']);
  });
});
