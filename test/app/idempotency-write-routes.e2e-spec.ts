import type { NestExpressApplication } from '@nestjs/platform-express';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { holdStreamReadsUntilAllRacersRead } from './support/overlapping-reads';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';
import { signTestToken } from './support/test-token';

// Two clients racing with one Idempotency-Key and different bodies on a real
// write route: the key may stand for one body only, so exactly one of them
// writes and the other answers 422 IDEMPOTENCY_KEY_REUSED with nothing stored.
describe('Idempotency-Key on the write routes under concurrency', () => {
  let dataDir: string;
  let app: NestExpressApplication;
  let store: EventStore;
  let authorization: string;

  beforeAll(async () => {
    dataDir = await makeTempDir('idempotency-routes');
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    store = app.get<EventStore>(EVENT_STORE);
    authorization = `Bearer ${await signTestToken({ sub: 'registrar-1', roles: ['registrar'] })}`;
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  const join = (municipality: string) =>
    request(app.getHttpServer())
      .post('/api/v1/participants')
      .set('Authorization', authorization)
      .set('Idempotency-Key', 'join-race')
      .send({ municipality, name: `Gemeente ${municipality}`, joinedOn: '2015-01-01' });

  afterEach(() => jest.restoreAllMocks());

  it('lets exactly one of two different bodies under one key write', async () => {
    holdStreamReadsUntilAllRacersRead(store, 'participant-');
    const answers = await Promise.all([join('GM0935'), join('GM0938')]);

    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, 422]);
    const refused = answers.find((answer) => answer.status === 422);
    expect(refused?.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const joined = await Promise.all(['GM0935', 'GM0938'].map((code) => store.readStream(`participant-${code}`)));
    expect(joined.map((events) => events.length).sort()).toEqual([0, 1]);
  });
});
