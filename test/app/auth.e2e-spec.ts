import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import request from 'supertest';
import { bearerFor, createAuthProbeApp, PROBE_PATH } from './support/auth-probe-app';
import { makeTempDir, removeTempDir } from './support/test-app';
import { signTestToken } from './support/test-token';

const PROBLEM_JSON = /^application\/problem\+json/;

function problem(status: 401 | 403, code: string, detail: string, correlationId: string) {
  const title = status === 401 ? 'Unauthorized' : 'Forbidden';
  return { type: 'about:blank', title, status, code, detail, correlationId };
}

describe('authentication of the whole service (REGISTER_JWT_SECRET)', () => {
  let dataDir: string;
  let app: RegisterApplication;
  const get = (path: string) => request(app.getHttpServer()).get(`${PROBE_PATH}${path}`);
  const post = (path: string) => request(app.getHttpServer()).post(`${PROBE_PATH}${path}`);

  beforeAll(async () => {
    dataDir = await makeTempDir('auth');
    app = await createAuthProbeApp({ REGISTER_DATA_DIR: dataDir });
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('answers GET /health without a token, and ignores a bad one there', async () => {
    const bare = await request(app.getHttpServer()).get('/health');
    const garbage = await request(app.getHttpServer()).get('/health').set('Authorization', 'Bearer garbage');
    expect([bare.status, garbage.status]).toEqual([200, 200]);
  });

  it('serves the OpenAPI document without a token', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json');
    expect([response.status, response.body.openapi]).toEqual([200, expect.stringMatching(/^3\./)]);
  });

  it('answers a route without a token with 401 UNAUTHENTICATED problem+json, the Bearer challenge and the correlation id', async () => {
    const response = await get('/whoami').set('X-Correlation-Id', 'no-token-1');
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body).toEqual(
      problem(401, 'UNAUTHENTICATED', 'This route needs an Authorization: Bearer <token> header', 'no-token-1'),
    );
  });

  it('answers a forged token with 401 and error="invalid_token"', async () => {
    const forged = `${await bearerFor({ sub: 'e2e-user', roles: ['registrar'] })}x`;
    const response = await get('/whoami').set('Authorization', forged).set('X-Correlation-Id', 'forged-1');
    expect([response.status, response.headers['www-authenticate']]).toEqual([401, 'Bearer error="invalid_token"']);
    expect(response.body).toEqual(
      problem(401, 'UNAUTHENTICATED', 'The bearer token is not valid: signature verification failed', 'forged-1'),
    );
  });

  it('answers a token signed with another secret with 401', async () => {
    const response = await get('/whoami').set('Authorization', await bearerFor({ sub: 'e2e-user', roles: ['reader'] }, 'x'.repeat(40)));
    expect([response.status, response.body.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('answers an expired token with 401', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const expired = await signTestToken({ sub: 'alice', roles: ['reader'] }, { expiresAt: hourAgo });
    const response = await get('/whoami').set('Authorization', `Bearer ${expired}`);
    expect([response.status, response.body.detail]).toEqual([401, 'The bearer token has expired']);
  });

  it('gives the handler the subject of a valid token as { sub, roles, municipalities }', async () => {
    const token = await bearerFor({ sub: 'rekenkamer-meerssen', roles: ['auditor'], municipalities: ['GM0938'] });
    const response = await get('/whoami').set('Authorization', token);
    expect([response.status, response.body]).toEqual([200, { sub: 'rekenkamer-meerssen', roles: ['auditor'], municipalities: ['GM0938'] }]);
  });

  it('lets a registrar record, and records who', async () => {
    const response = await post('/records').set('Authorization', await bearerFor({ sub: 'alice', roles: ['registrar'] }));
    expect([response.status, response.body]).toEqual([201, { recordedBy: 'alice' }]);
  });

  it('answers a reader who tries to record with 403 FORBIDDEN problem+json', async () => {
    const response = await post('/records').set('Authorization', await bearerFor({ sub: 'e2e-user', roles: ['reader'] })).set('X-Correlation-Id', 'reader-1');
    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toEqual(problem(403, 'FORBIDDEN', 'This route needs the role registrar', 'reader-1'));
  });

  it('lets a publication officer record a publication but nothing else', async () => {
    const officer = await bearerFor({ sub: 'olga', roles: ['publication-officer'] });
    const publication = await post('/publications').set('Authorization', officer);
    const record = await post('/records').set('Authorization', officer);
    expect([publication.status, publication.body, record.status]).toEqual([201, { recordedBy: 'olga' }, 403]);
  });

  it('refuses a route without an access rule to a registrar with 403: deny by default', async () => {
    const response = await get('/forgotten').set('Authorization', await bearerFor({ sub: 'e2e-user', roles: ['registrar'] }));
    expect([response.status, response.body.code, response.text]).toEqual([403, 'FORBIDDEN', expect.not.stringContaining('never')]);
  });

  it('refuses a token with no known role with 403 even on a read', async () => {
    const response = await get('/whoami').set('Authorization', await bearerFor({ sub: 'e2e-user', roles: [] }));
    expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('answers an unknown route with 404, token or not: the guard only guards routes that exist', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/no-such-route');
    expect(response.status).toBe(404);
  });
});
