import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JWT_SECRET_FILE_NAME } from '../../apps/register/src/auth/generated-jwt-secret';
import { RunningService } from './support/running-service';
import { makeTempDir, removeTempDir } from './support/test-app';
import { bearer, TEST_SUBJECTS } from './support/test-token';

/** The Meerssen mandate of the demo (README, "Questions you can ask"). */
const MEERSSEN_MANDATE = 'mandate-gm0938-2026';

/**
 * Holes an outsider's attack on the service found (issue 10), each closed and
 * guarded here over real HTTP against the built service, started once with the
 * SZMH demo on the embedded default (SQLite, generated token secret).
 */
describe('the built service against hostile requests', () => {
  let dataDir: string;
  let service: RunningService;

  beforeAll(async () => {
    dataDir = await makeTempDir('hostile');
    service = await RunningService.start({ REGISTER_DATA_DIR: dataDir, REGISTER_DEMO: 'true' });
    service.useSecret((await readFile(join(dataDir, JWT_SECRET_FILE_NAME), 'utf8')).trim());
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    await removeTempDir(dataDir);
  });

  describe('idempotency keys are scoped by the route that answers, not by how its URL is spelled', () => {
    it('replays the first answer to /api/v1/documents/, /api/v1/Documents and /API/V1/documents and records one document', async () => {
      const body = { type: 'other', title: 'Notitie over idempotentie', decidedOn: '2026-02-01', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
      const headers = { 'Idempotency-Key': 'hostile-spelling-1' };
      const first = await service.request('/api/v1/documents', { method: 'POST', as: 'registrar', body, headers });
      expect(first.status).toBe(201);
      for (const spelling of ['/api/v1/documents/', '/api/v1/Documents', '/API/V1/documents']) {
        const repeat = await service.request(spelling, { method: 'POST', as: 'registrar', body, headers });
        expect([spelling, repeat.status, repeat.body, repeat.headers.get('idempotent-replayed')]).toEqual([spelling, 201, first.body, 'true']);
      }
    });
  });

  describe('the data folder is readable by the service account alone', () => {
    it('is 0700 and every file in it (the database, its WAL and shared memory, the token secret) is 0600', async () => {
      const folderMode = (await stat(dataDir)).mode & 0o777;
      const files = await readdir(dataDir);
      const fileModes = await Promise.all(files.map(async (name) => [name, ((await stat(join(dataDir, name))).mode & 0o777).toString(8)]));
      expect(files).toEqual(expect.arrayContaining(['register.sqlite', 'register.sqlite-wal', 'register.sqlite-shm', JWT_SECRET_FILE_NAME]));
      expect([folderMode.toString(8), fileModes]).toEqual(['700', files.map((name) => [name, '600'])]);
    });
  });

  describe('credentials sent in the query never reach the log', () => {
    it('refuses ?access_token= with 401 and logs the request with the token redacted', async () => {
      const token = (await bearer(TEST_SUBJECTS.reader, 'a-secret-of-at-least-32-characters!!')).slice('Bearer '.length);
      const correlationId = 'hostile-token-in-query';
      const answer = await service.request(`/api/v1/participants?access_token=${token}&state=xyz-login-state`, { headers: { 'X-Correlation-Id': correlationId } });
      expect(answer.status).toBe(401);
      const line = await service.logLine((logged) => logged.correlationId === correlationId && logged.msg === 'request completed');
      expect((line as unknown as { req: { url: string } }).req.url).toBe('/api/v1/participants?access_token=[redacted]&state=[redacted]');
      expect(service.run.stdout).not.toContain(token);
      expect(service.run.stdout).not.toContain('xyz-login-state');
    });
  });

  describe('a body nested beyond any sane depth is refused before anything walks it', () => {
    it('answers 400 VALIDATION_FAILED, not 500, to a body nested 10,000 levels deep, and to 33 levels', async () => {
      for (const depth of [10_000, 33]) {
        const deep = Buffer.from(`{"title":${'{"a":'.repeat(depth - 2)}{}${'}'.repeat(depth - 2)}}`);
        const answer = await service.request('/api/v1/documents', { method: 'POST', as: 'registrar', body: deep, headers: { 'Idempotency-Key': `deep-${depth}` } });
        expect([depth, answer.status, answer.body]).toEqual([depth, 400, expect.objectContaining({ code: 'VALIDATION_FAILED', detail: 'The body nests objects and arrays deeper than 32 levels.' })]);
      }
    });
  });

  describe('a body that is not UTF-8 is refused, not stored with replacement characters', () => {
    it('answers 400 VALIDATION_FAILED to the bytes FF FE inside a string and records no participant', async () => {
      const body = Buffer.concat([Buffer.from('{"municipality":"GM0888","name":"Beek'), Buffer.from([0xff, 0xfe]), Buffer.from('","joinedOn":"2027-01-01"}')]);
      const answer = await service.request('/api/v1/participants', { method: 'POST', as: 'registrar', body });
      expect([answer.status, answer.body]).toEqual([400, expect.objectContaining({ code: 'VALIDATION_FAILED', detail: expect.stringMatching(/not valid UTF-8/) })]);
      const participants = await service.request('/api/v1/participants', { as: 'reader' });
      expect((participants.body as Array<{ municipality: string }>).map((entry) => entry.municipality)).not.toContain('GM0888');
    });
  });

  describe("a mandate's history answers inside the time model", () => {
    it.each([
      ['validOn=not-a-date', 'validOn'],
      ['axis=sideways', 'axis'],
      ['knownAt=yesterday', 'knownAt'],
    ])('refuses %s with 400 naming %s, as every read does', async (query, field) => {
      const answer = await service.request(`/api/v1/mandates/${MEERSSEN_MANDATE}/history?${query}`, { as: 'reader' });
      expect([answer.status, (answer.body as { errors?: Array<{ field: string }> }).errors?.map((error) => error.field)]).toEqual([400, [field]]);
    });

    it('with knownAt lists only what was recorded by then: before a correction, the grant alone; before the grant, nothing (404)', async () => {
      const correction = { field: 'instructions', value: ['Report quarterly to the college of Meerssen'], reason: 'The instruction was left out when the grant was recorded' };
      expect((await service.request(`/api/v1/mandates/${MEERSSEN_MANDATE}/corrections`, { method: 'POST', as: 'registrar', body: correction })).status).toBe(201);
      const now = await service.request(`/api/v1/mandates/${MEERSSEN_MANDATE}/history`, { as: 'reader' });
      const entries = now.body as Array<{ type: string; recordedAt: string }>;
      expect(entries.map((entry) => entry.type)).toEqual(['MandateGranted', 'MandateCorrected']);

      const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();
      const beforeCorrection = await service.request(`/api/v1/mandates/${MEERSSEN_MANDATE}/history?knownAt=${justBefore(entries[1].recordedAt)}`, { as: 'reader' });
      expect([beforeCorrection.status, (beforeCorrection.body as typeof entries).map((entry) => entry.type)]).toEqual([200, ['MandateGranted']]);
      const beforeGrant = await service.request(`/api/v1/mandates/${MEERSSEN_MANDATE}/history?knownAt=${justBefore(entries[0].recordedAt)}`, { as: 'reader' });
      expect([beforeGrant.status, (beforeGrant.body as { code?: string }).code]).toEqual([404, 'NOT_FOUND']);
    });
  });
});
