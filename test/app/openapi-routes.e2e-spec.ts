import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { apiMdRoutes, routeKey } from './support/api-md-routes';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Served by Swagger itself, so they are not operations of the document they serve. */
const DOCUMENT_ROUTES = ['GET /api/docs', 'GET /api/docs-json'];

/**
 * Routes the app serves beyond api.md ("additions are welcome"), each with its
 * reason. A route that is in neither api.md nor here is an invention and fails
 * the first test below.
 */
const DOCUMENTED_ADDITIONS: readonly string[] = [];

/**
 * The routes of api.md no controller serves yet. The second test below demands
 * that the routes missing from the app are exactly these: when a controller
 * lands, that test fails until its routes are struck off here, so the list only
 * shrinks, and it can never hide a route that goes missing again. An empty list
 * means every route of the contract is implemented.
 */
const ROUTES_STILL_TO_COME: readonly string[] = [
  // Audit
  'GET /api/v1/audit/access-log',
  'GET /api/v1/audit/export',
  'GET /api/v1/log/checkpoint',
  'GET /api/v1/log/proofs/consistency',
  'GET /api/v1/log/proofs/inclusion',
  // Publications: corrections, and the publication of an adopted amendment of the arrangement
  'POST /api/v1/documents/{}/amendments/{}/publications',
  'POST /api/v1/documents/{}/publications/{}/corrections',
];

function documentedRoutes(document: OpenAPIObject): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => routeKey(method, path)),
  );
}

describe('the OpenAPI document against the routes of api.md', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let document: OpenAPIObject;
  let served: string[];
  const contract = apiMdRoutes();

  beforeAll(async () => {
    dataDir = await makeTempDir('openapi-routes');
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    const response = await request(app.getHttpServer()).get('/api/docs-json');
    document = response.body;
    served = [...documentedRoutes(document), ...DOCUMENT_ROUTES].sort();
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('reads the routes of api.md, those written in prose and those outside /api/v1 included', () => {
    expect(contract).toEqual(expect.arrayContaining(['POST /api/v1/mandates', 'GET /api/v1/authority', 'GET /health', 'GET /api/docs-json']));
    // 28 served today plus the 7 of ROUTES_STILL_TO_COME.
    expect(contract).toHaveLength(35);
  });

  it('serves no route that api.md does not name, other than the documented additions', () => {
    const invented = served.filter((route) => !contract.includes(route) && !DOCUMENTED_ADDITIONS.includes(route));
    expect(invented).toEqual([]);
  });

  it('implements every route of api.md except those still to come (strike them off ROUTES_STILL_TO_COME as they land)', () => {
    const missing = contract.filter((route) => !served.includes(route));
    expect(missing).toEqual([...ROUTES_STILL_TO_COME].sort());
  });

  it('serves the document and Swagger UI without a token', async () => {
    const ui = await request(app.getHttpServer()).get('/api/docs');
    expect([ui.status, ui.headers['content-type']]).toEqual([200, expect.stringMatching(/^text\/html/)]);
    expect(document.openapi).toMatch(/^3\./);
  });

  it('declares the bearer JWT scheme and requires it of every operation but the public ones', () => {
    expect(document.components?.securitySchemes?.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/health']?.get?.security).toEqual([]);
  });

  it('offers the optional Idempotency-Key header on every POST', () => {
    const posts = Object.values(document.paths).flatMap((item) => (item.post ? [item.post] : []));
    const withoutKey = posts.filter((post) => !post.parameters?.some((parameter) => 'name' in parameter && parameter.name === 'Idempotency-Key'));
    expect(posts.length).toBeGreaterThan(0);
    expect(withoutKey).toEqual([]);
  });

  it('describes the problem document every error answers with', () => {
    expect(Object.keys(document.components?.schemas?.ProblemDocumentDto ?? {})).toContain('properties');
  });
});
