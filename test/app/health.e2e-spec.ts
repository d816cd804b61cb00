import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { READ_SIDE_PROGRESS, type ReadSideProgress } from '../../apps/register/src/read-side/read-side-progress';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';
import { healthOnceReady } from './support/health-once-ready';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function probeEvent(n: number) {
  return { eventId: `health-e2e-${n}`, type: 'ProbeRecorded', data: { n } };
}

describe('the service on the embedded SQLite store', () => {
  let dataDir: string;
  let app: RegisterApplication;

  beforeAll(async () => {
    dataDir = await makeTempDir('health');
    // A folder that does not exist yet, as ./data on a fresh clone.
    app = await createTestApp({ REGISTER_DATA_DIR: join(dataDir, 'data') });
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('keeps its events in register.sqlite inside REGISTER_DATA_DIR, creating the folder', () => {
    expect(existsSync(join(dataDir, 'data', 'register.sqlite'))).toBe(true);
  });

  it('answers GET /health with 200 {"status":"ok"} without any credentials', async () => {
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is ready again once the read side has projected events stored behind its back', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    await store.appendToStream('probe-1', [probeEvent(1), probeEvent(2)]);
    expect(await store.headPosition()).toBe(2);
    const response = await healthOnceReady(app);
    expect([response.status, response.body]).toEqual([200, { status: 'ok' }]);
  });

  it('serves /health outside the /api/v1 prefix only', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/health');
    expect(response.status).toBe(404);
  });

  it.each(['/no-such-route', '/api/v1/no-such-route'])('answers an unknown route %s with 404', async (path) => {
    const response = await request(app.getHttpServer()).get(path);
    expect(response.status).toBe(404);
  });

  describe('correlation ids', () => {
    it('echoes a sane X-Correlation-Id from the client', async () => {
      const response = await request(app.getHttpServer()).get('/health').set('X-Correlation-Id', 'case-2026.0042:objection');
      expect(response.headers['x-correlation-id']).toBe('case-2026.0042:objection');
    });

    it('replaces an X-Correlation-Id that is not a sane token by a fresh UUID', async () => {
      const response = await request(app.getHttpServer()).get('/health').set('X-Correlation-Id', '<script>alert(1)</script>');
      expect(response.headers['x-correlation-id']).toMatch(UUID);
    });

    it('makes up a different UUID for each request that brings none', async () => {
      const first = await request(app.getHttpServer()).get('/health');
      const second = await request(app.getHttpServer()).get('/health');
      expect(first.headers['x-correlation-id']).toMatch(UUID);
      expect(second.headers['x-correlation-id']).toMatch(UUID);
      expect(first.headers['x-correlation-id']).not.toBe(second.headers['x-correlation-id']);
    });

    it('is returned on a 404 as well', async () => {
      const response = await request(app.getHttpServer()).get('/no-such-route').set('X-Correlation-Id', 'lost-1');
      expect([response.status, response.headers['x-correlation-id']]).toEqual([404, 'lost-1']);
    });
  });
});

describe('the health of a service that is not ready', () => {
  let dataDir: string;
  let app: RegisterApplication | undefined;
  const laggingReadSide: ReadSideProgress = { caughtUpTo: async () => 0 };

  beforeEach(async () => {
    dataDir = await makeTempDir('health-not-ready');
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await removeTempDir(dataDir);
  });

  it('answers 503 problem+json while the read side is behind the log', async () => {
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir }, (builder) =>
      builder.overrideProvider(READ_SIDE_PROGRESS).useValue(laggingReadSide),
    );
    await app.get<EventStore>(EVENT_STORE).appendToStream('probe-2', [probeEvent(3)]);
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      code: 'NOT_READY',
      detail: 'read side at position 0 of 1',
    });
  });

  it('is ready with the same lagging read side as long as the log is empty', async () => {
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir }, (builder) =>
      builder.overrideProvider(READ_SIDE_PROGRESS).useValue(laggingReadSide),
    );
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
  });

  it('answers 503 STORAGE_UNAVAILABLE, naming the failure, when the store does not answer', async () => {
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    const store = app.get<EventStore>(EVENT_STORE);
    // As better-sqlite3 throws it: the message, and SQLite's result code as `code`.
    jest.spyOn(store, 'headPosition').mockRejectedValueOnce(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }));
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE', detail: 'storage unreachable: disk I/O error' });
  });

  it('closes the event store when the application shuts down', async () => {
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    const close = jest.spyOn(app.get<EventStore>(EVENT_STORE), 'close');
    await app.close();
    app = undefined;
    expect(close).toHaveBeenCalledTimes(1);
  });
});
