import { readdir } from 'node:fs/promises';
import { Logger } from '@nestjs/common';
import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import request from 'supertest';
import { LocalOidcIssuer } from '../../apps/register/src/auth/testing/local-oidc-issuer';
import { bearerFor, createAuthProbeApp, PROBE_PATH } from './support/auth-probe-app';
import { makeTempDir, removeTempDir } from './support/test-app';

const AUDIENCE = 'szmh-register';

describe('the whole service with an OIDC issuer instead of a secret', () => {
  let idp: LocalOidcIssuer;
  let dataDir: string;
  let app: RegisterApplication;
  let errorLogs: jest.SpyInstance;
  const whoami = (token: string) => request(app.getHttpServer()).get(`${PROBE_PATH}/whoami`).set('Authorization', token);

  function claims(overrides: Record<string, unknown> = {}) {
    const now = Math.floor(Date.now() / 1000);
    return { iss: idp.issuer, aud: AUDIENCE, sub: 'frank', roles: ['registrar'], iat: now, exp: now + 300, ...overrides };
  }

  beforeAll(async () => {
    idp = await LocalOidcIssuer.start();
    dataDir = await makeTempDir('auth-oidc');
    const env = { REGISTER_JWT_SECRET: '', REGISTER_OIDC_ISSUER: idp.issuer, REGISTER_OIDC_AUDIENCE: AUDIENCE, REGISTER_DATA_DIR: dataDir };
    app = await createAuthProbeApp(env);
    errorLogs = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterAll(async () => {
    errorLogs?.mockRestore();
    await app?.close();
    await idp?.close();
    await removeTempDir(dataDir);
  });

  it('accepts a token of the issuer for our audience', async () => {
    const response = await whoami(`Bearer ${await idp.sign(claims())}`);
    expect([response.status, response.body]).toEqual([200, { sub: 'frank', roles: ['registrar'], municipalities: [] }]);
  });

  it('refuses a token for another audience with 401', async () => {
    const response = await whoami(`Bearer ${await idp.sign(claims({ aud: 'payroll' }))}`);
    expect([response.status, response.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('refuses an HS256 token, whatever secret signed it', async () => {
    const response = await whoami(await bearerFor({ sub: 'e2e-user', roles: ['registrar'] }));
    expect([response.status, response.headers['www-authenticate']]).toEqual([401, 'Bearer error="invalid_token"']);
  });

  it('generates no secret file: the issuer is the only one who mints tokens', async () => {
    expect(await readdir(dataDir)).not.toContain('jwt-secret');
  });

  it('answers 503 ISSUER_UNAVAILABLE while the issuer cannot give its keys to a fresh instance', async () => {
    const fresh = await createAuthProbeApp({
      REGISTER_JWT_SECRET: '',
      REGISTER_OIDC_ISSUER: idp.issuer,
      REGISTER_OIDC_AUDIENCE: AUDIENCE,
      REGISTER_DATA_DIR: dataDir,
    });
    idp.available = false;
    try {
      const token = await idp.sign(claims());
      const response = await request(fresh.getHttpServer()).get(`${PROBE_PATH}/whoami`).set('Authorization', `Bearer ${token}`);
      expect([response.status, response.headers['content-type']]).toEqual([503, expect.stringMatching(/^application\/problem\+json/)]);
      expect(response.body).toMatchObject({ status: 503, code: 'ISSUER_UNAVAILABLE' });
    } finally {
      idp.available = true;
      await fresh.close();
    }
  });
});
