import type { NestExpressApplication } from '@nestjs/platform-express';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../../libs/event-store/src/testing/postgres-test-database';
import { createTestApp } from './support/test-app';

// The integration project's globalSetup starts a real PostgreSQL (or uses
// DATABASE_URL) and publishes it as REGISTER_TEST_DATABASE_URL.
describe('the service on PostgreSQL', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

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

  it('reads its head from PostgreSQL and stays ready once events are stored', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    await store.appendToStream('probe-pg', [{ eventId: 'health-pg-1', type: 'ProbeRecorded', data: {} }]);
    expect(await store.headPosition()).toBe(1);
    const response = await request(app.getHttpServer()).get('/health').set('X-Correlation-Id', 'pg-probe');
    expect([response.status, response.headers['x-correlation-id']]).toEqual([200, 'pg-probe']);
  });
});
