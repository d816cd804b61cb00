import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { IdempotencyLedger } from '../../apps/register/src/idempotency/idempotency-ledger';
import { holdStreamReadsUntilAllRacersRead } from './support/overlapping-reads';
import { expectRefusedWithoutChange } from './support/problem-document';
import { describeOnEveryStore } from './support/seeded-register';
import { agreementBody, approvedBy, proposedAmendment } from './support/szmh-agreements.fixture';
import { RegisterClient } from './support/register-client';
import { uniqueId } from './support/szmh-mandates.fixture';
import { expectCreated, seedSzmhParties } from './support/szmh-parties.fixture';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';
import { signTestToken } from './support/test-token';

// Two clients racing with one Idempotency-Key and different bodies on a real
// write route: the key may stand for one body only, so exactly one of them
// writes and the other answers 422 IDEMPOTENCY_KEY_REUSED with nothing stored.
describe('Idempotency-Key on the write routes under concurrency', () => {
  let dataDir: string;
  let app: RegisterApplication;
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

// api.md: a POST repeated with the same Idempotency-Key and body answers the first response again and records nothing.
describeOnEveryStore('Idempotency-Key on the amendment routes', (register) => {
  /** Sends `body` twice under one key: the second answer must be the first, and the log must not move. */
  async function expectRepeatAnsweredAlike(path: string, body: object) {
    const key = uniqueId('amendment-key');
    const first = await register.client.post(path, body, { idempotencyKey: key });
    expect(first.status).toBe(201);
    const afterFirst = await register.logSnapshot();
    const retry = await register.client.post(path, body, { idempotencyKey: key });
    expect([retry.status, retry.body]).toEqual([201, first.body]);
    await expect(register.logSnapshot()).resolves.toEqual(afterFirst);
    return { key, first };
  }

  it('POST /documents/{id}/amendments without id: the repeat names the amendment the first answer made up, not a second one', async () => {
    const documentId = uniqueId('dvo-gm0938');
    await expectCreated(register.client, '/documents', agreementBody(documentId));
    const { first } = await expectRepeatAnsweredAlike(`/documents/${documentId}/amendments`, { summary: 'Kostenverdeling herzien', validFrom: '2026-07-01' });
    const document = await register.client.get(`/documents/${documentId}`);
    expect(document.body.amendments.map((amendment: { id: string }) => amendment.id)).toEqual([first.body.id]);
  });

  it('POST .../approvals: the repeat answers the first 201; the same key for another organ is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const { path } = await proposedAmendment(register.client, 'agreement');
    const { key } = await expectRepeatAnsweredAlike(`${path}/approvals`, { organ: 'college:GM0935' });
    await expectRefusedWithoutChange(register, () => register.client.post(`${path}/approvals`, { organ: 'college:GM0938' }, { idempotencyKey: key }), {
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('POST .../adoption: the repeat answers the first 201 with its version, where a second adoption without the key is refused', async () => {
    const { path } = await proposedAmendment(register.client, 'agreement');
    await approvedBy(register.client, path, ['college:GM0935', 'college:GM0938']);
    const { first } = await expectRepeatAnsweredAlike(`${path}/adoption`, {});
    expect(first.body.version).toBe(2);
    await expectRefusedWithoutChange(register, () => register.client.post(`${path}/adoption`, {}), { status: 422, code: 'AMENDMENT_ALREADY_ADOPTED' });
  });
});

// A crash after the write but before its answer was recorded leaves the key reserved for the body; the retry
// runs the handler again, which must find its own events (named after the key) instead of writing new ones.
describe('Idempotency-Key on the amendment routes, retried after a crash before the answer was recorded', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let client: RegisterClient;

  beforeAll(async () => {
    dataDir = await makeTempDir('idempotency-amendments');
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    client = await RegisterClient.for(app.getHttpServer());
    await seedSzmhParties(client);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  afterEach(() => jest.restoreAllMocks());

  /** The first attempt writes, then dies before recording its answer (500); the retry with the key must answer 201. */
  async function crashedThenRetried(path: string, body: object) {
    jest.spyOn(IdempotencyLedger.prototype, 'complete').mockRejectedValueOnce(new Error('the process died before the answer was recorded'));
    const key = uniqueId('crash-key');
    const crashed = await client.post(path, body, { idempotencyKey: key });
    expect(crashed.status).toBe(500);
    return client.post(path, body, { idempotencyKey: key });
  }

  it('POST /documents/{id}/amendments without id: the retry names the amendment the first attempt stored, and stores no second one', async () => {
    const documentId = uniqueId('dvo-gm0938');
    await expectCreated(client, '/documents', agreementBody(documentId));
    const retry = await crashedThenRetried(`/documents/${documentId}/amendments`, { summary: 'Kostenverdeling herzien', validFrom: '2026-07-01' });
    const document = await client.get(`/documents/${documentId}`);
    expect([retry.status, document.body.amendments.map((amendment: { id: string }) => amendment.id)]).toEqual([201, [retry.body.id]]);
  });

  it('POST .../adoption: the retry answers version 2 from the adoption already stored, where a fresh one would be refused', async () => {
    const { documentId, path } = await proposedAmendment(client, 'agreement');
    await approvedBy(client, path, ['college:GM0935', 'college:GM0938']);
    const retry = await crashedThenRetried(`${path}/adoption`, {});
    expect([retry.status, retry.body.version]).toEqual([201, 2]);
    const adoptions = (await store(app).readStream(`document-${documentId}`)).filter((event) => event.type === 'AmendmentAdopted');
    expect(adoptions).toHaveLength(1);
  });
});

function store(app: RegisterApplication): EventStore {
  return app.get<EventStore>(EVENT_STORE);
}
