import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../../libs/event-store/src/testing/postgres-test-database';
import { healthOnceReady } from './support/health-once-ready';
import { createTestApp } from './support/test-app';

// The integration project's globalSetup starts a real PostgreSQL (or uses
// DATABASE_URL) and publishes it as REGISTER_TEST_DATABASE_URL.
describe('the service on PostgreSQL', () => {
  let database: TestDatabase;
  let app: RegisterApplication;

  beforeAll(async () => {
    // A database of its own, so nothing another test stored can change what this one sees.
    database = await createTestDatabase();
    app = await createTestApp({ REGISTER_STORE: 'postgres', DATABASE_URL: database.url });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers GET /health with 200 {"status":"ok"}', async () => {
    const response = await request(app.getHttpServer()).get('/health');
    expect([response.status, response.body]).toEqual([200, { status: 'ok' }]);
  });

  it('reads its head from PostgreSQL and is ready again once the read side has projected what was stored', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    await store.appendToStream('probe-pg', [{ eventId: 'health-pg-1', type: 'ProbeRecorded', data: {} }]);
    expect(await store.headPosition()).toBe(1);
    // Appended behind the service's back, so the projector may need a moment: /health says 503 until it has caught up.
    const response = await healthOnceReady(app, 'pg-probe');
    expect([response.status, response.headers['x-correlation-id']]).toEqual([200, 'pg-probe']);
  });
});
