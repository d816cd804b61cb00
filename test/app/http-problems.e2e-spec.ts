import { Logger } from '@nestjs/common';
import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { bearerFor } from './support/auth-probe-app';
import { CRASH_MESSAGE, createHttpProbeApp, PROBES_PATH, validProbe } from './support/http-probe-app';
import { makeTempDir, removeTempDir } from './support/test-app';
import { TEST_SUBJECTS } from './support/test-token';

const PROBLEM_JSON = /^application\/problem\+json; charset=utf-8$/;

describe('problem documents for every error (api.md "Conventions")', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let store: EventStore;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = await makeTempDir('http-problems');
    app = await createHttpProbeApp({ REGISTER_DATA_DIR: dataDir });
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  describe('unknown routes', () => {
    it.each([
      ['inside /api/v1', '/api/v1/no-such-route'],
      ['under /api but not /api/v1', '/api/v2/mandates'],
      ['that only shares the prefix characters', '/api/v1x'],
      ['of the docs that do not exist', '/api/docs-yaml'],
    ])('answer 404 NOT_FOUND as problem+json %s', async (_where, path) => {
      const response = await http().get(path).set('X-Correlation-Id', 'lost-42');
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
        detail: `No route answers GET ${path}.`,
        correlationId: 'lost-42',
      });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.headers['x-correlation-id']).toBe('lost-42');
    });

    it.each(['/no-such-route', '/mandaten', '/registers/college:GM0938/nothing'])(
      'answer a path outside /api that no page has, %s, with the "niet gevonden" page, not JSON',
      async (path) => {
        const response = await http().get(path);
        expect([response.status, response.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
        expect(response.text).toContain('<h1 class="utrecht-heading-1">Niet gevonden</h1>');
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      },
    );

    it('answers a method that /health does not take with 404 problem+json', async () => {
      const response = await http().post('/health');
      expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });
  });

  describe('bodies that are not a JSON object', () => {
    it('answers a text body with 415 UNSUPPORTED_MEDIA_TYPE instead of reading it as missing fields', async () => {
      const response = await http().post(PROBES_PATH).set('Content-Type', 'text/plain').send('id=probe-1');
      expect(response.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'The body must be application/json, not text/plain.' });
      expect(response.status).toBe(415);
    });

    it('answers a form body with 415 rather than parsing it as a form', async () => {
      const response = await http().post(PROBES_PATH).type('form').send(validProbe());
      expect([response.status, response.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });

    it('answers JSON in a charset other than UTF-8 with 415', async () => {
      const response = await http().post(PROBES_PATH).set('Content-Type', 'application/json; charset=latin1').send(JSON.stringify(validProbe()));
      expect([response.status, response.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });

    it('answers malformed JSON with 400 VALIDATION_FAILED naming the body', async () => {
      const response = await http().post(PROBES_PATH).set('Content-Type', 'application/json').send('{"id": "probe-1",');
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', detail: 'The body is not well-formed JSON.' });
      expect(response.body.errors).toEqual([{ field: '', message: expect.stringMatching(/^is not well-formed JSON: /) }]);
      expect(response.status).toBe(400);
    });

    it.each([
      ['an array', '[{"id":"probe-1"}]'],
      ['a string', '"probe-1"'],
      ['a number', '42'],
      ['null', 'null'],
    ])('answers a body that is %s with 400 VALIDATION_FAILED', async (kind, text) => {
      const response = await http().post(PROBES_PATH).set('Content-Type', 'application/json').send(text);
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: '', message: `must be a JSON object, not ${kind}` }] });
      expect(response.status).toBe(400);
    });

    it('answers a body over 2 MiB with 413 PAYLOAD_TOO_LARGE, before reading it all', async () => {
      const response = await http()
        .post(PROBES_PATH)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(validProbe({ note: 'x'.repeat(2 * 1024 * 1024) })));
      expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than the limit of 2097152 bytes.' });
      expect(response.status).toBe(413);
    });
  });

  describe('refusals of the domain and the store', () => {
    it('answers a domain rule with 422 and its code, detail and facts, and stores nothing', async () => {
      const head = await store.headPosition();
      const response = await http().post(PROBES_PATH).send(validProbe({ id: 'rule-1', fail: 'rule' }));
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Unprocessable Entity',
        status: 422,
        code: 'SUBMANDATE_NOT_PERMITTED',
        detail: 'Awb 10:9: the parent mandate does not allow sub-mandate for PW-X.',
        meta: { power: 'PW-X' },
        correlationId: expect.any(String),
      });
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      await expect(store.headPosition()).resolves.toBe(head);
    });

    it('answers UNKNOWN_REFERENCE with 422, as domain.md lists it', async () => {
      const response = await http().post(PROBES_PATH).send(validProbe({ fail: 'unknown-reference' }));
      expect(response.body).toMatchObject({ status: 422, code: 'UNKNOWN_REFERENCE', detail: 'The register does not know the document doc-missing.' });
    });

    it('answers the domain ALREADY_EXISTS with 409', async () => {
      const response = await http().post(PROBES_PATH).send(validProbe({ fail: 'already-exists' }));
      expect([response.status, response.body.code]).toEqual([409, 'ALREADY_EXISTS']);
    });

    it('answers the domain VALIDATION_FAILED with 400 and its field', async () => {
      const response = await http().post(PROBES_PATH).send(validProbe({ fail: 'domain-validation' }));
      expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'validUntil', message: 'must lie after validFrom' }] });
      expect(response.status).toBe(400);
    });

    it("answers the store's WrongExpectedVersion with 409 WRONG_EXPECTED_VERSION", async () => {
      const first = await http().post(PROBES_PATH).send(validProbe({ id: 'twice-1' }));
      const second = await http().post(PROBES_PATH).send(validProbe({ id: 'twice-1' }));
      expect(first.status).toBe(201);
      expect(second.body).toMatchObject({ status: 409, code: 'WRONG_EXPECTED_VERSION', detail: expect.stringContaining('another write') });
      expect(second.status).toBe(409);
    });
  });

  describe('an unexpected error', () => {
    it('is a bare 500 that leaks neither message nor stack, and is logged with both', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error');
      try {
        const response = await http().post(PROBES_PATH).set('X-Correlation-Id', 'crash-1').send(validProbe({ fail: 'crash' }));
        expect(response.body).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'INTERNAL', correlationId: 'crash-1' });
        expect(response.status).toBe(500);
        expect(response.text).not.toMatch(/SQLITE|register\.sqlite|at .*\.ts/);
        expect(response.headers['x-correlation-id']).toBe('crash-1');
        const [entry] = logged.mock.calls.find(([first]) => (first as { err?: Error }).err?.message === CRASH_MESSAGE) ?? [];
        expect((entry as { err: Error }).err.stack).toMatch(/http-probe-app\.ts/);
      } finally {
        logged.mockRestore();
      }
    });
  });

  describe('authentication', () => {
    it('answers a missing token with 401 UNAUTHENTICATED as problem+json with the correlation id', async () => {
      const response = await http().post(`${PROBES_PATH}/guarded`).set('X-Correlation-Id', 'anon-1').send(validProbe());
      expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', correlationId: 'anon-1' });
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    });

    it('answers a reader writing with 403 FORBIDDEN', async () => {
      const response = await http()
        .post(`${PROBES_PATH}/guarded`)
        .set('Authorization', await bearerFor(TEST_SUBJECTS.reader))
        .send(validProbe());
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    });
  });
});
