import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { participantStreamId } from '@register/domain';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { Projector } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import { PROJECTIONS } from '../../../apps/register/src/read-side/projections.token';
import { createTestDatabase } from '../../../libs/event-store/src/testing/postgres-test-database';
import { StreamCountProjection } from '@register/projections/testing';
import { RegisterClient } from '../support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';

/** Long enough for a step on a busy machine, short enough to keep the lagging cases quick. */
const TIMEOUT_MS = 1_500;

const BACKENDS = [
  {
    name: 'SQLite',
    async storage() {
      const dataDir = await makeTempDir('read-your-writes');
      return { env: { REGISTER_DATA_DIR: dataDir }, dispose: () => removeTempDir(dataDir) };
    },
  },
  {
    name: 'PostgreSQL',
    async storage() {
      const database = await createTestDatabase();
      return { env: { REGISTER_STORE: 'postgres', DATABASE_URL: database.url }, dispose: () => database.drop() };
    },
  },
];

function participant(municipality: string) {
  return { municipality, name: `Gemeente ${municipality}`, joinedOn: '2015-01-01' };
}

async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(BACKENDS)('read your writes on $name', (backend) => {
  let dispose: () => Promise<void>;
  let app: RegisterApplication;
  let client: RegisterClient;
  let projection: StreamCountProjection;
  let projector: Projector;
  let store: EventStore;
  let dataSource: DataSource;

  beforeEach(async () => {
    const storage = await backend.storage();
    dispose = storage.dispose;
    projection = new StreamCountProjection('participant_counts', ['ParticipantJoined']);
    const env = { ...storage.env, REGISTER_READ_YOUR_WRITES_TIMEOUT_MS: String(TIMEOUT_MS) };
    app = await createTestApp(env, (builder) => builder.overrideProvider(PROJECTIONS).useValue([projection]));
    client = await RegisterClient.for(app.getHttpServer());
    [projector, store, dataSource] = [app.get(Projector), app.get<EventStore>(EVENT_STORE), app.get<DataSource>(REGISTER_DATA_SOURCE)];
  });

  afterEach(async () => {
    await app?.close();
    await dispose();
  });

  it('answers 201 only once the projector has passed the write, whose row a read then finds', async () => {
    // Each event takes 200 ms to project: an answer that did not wait would come before it.
    projection.slowDown(200);
    const response = await client.post('/participants', participant('GM0935'));
    expect(response.status).toBe(201);
    const { position } = response.body as { position: number };
    await expect(projector.caughtUpTo()).resolves.toBeGreaterThanOrEqual(position);
    const rows = await projection.rows(dataSource);
    expect(rows.map((row) => row.lastPosition)).toContain(position);
  });

  it('answers 503 READ_SIDE_LAGGING when the projection is held back, keeps the write, and is ready again once it caught up', async () => {
    projection.holdBack();
    const response = await client.post('/participants', participant('GM0938'));
    const [last] = await store.readStream(participantStreamId('GM0938'));
    expect(last?.type).toBe('ParticipantJoined');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.body).toMatchObject({ status: 503, code: 'READ_SIDE_LAGGING' });
    expect((response.body as { detail: string }).detail).toContain(`The write is recorded at position ${last?.position}`);

    const behind = await client.health();
    expect([behind.status, (behind.body as { code: string }).code]).toEqual([503, 'NOT_READY']);

    projection.holdBack(false);
    await eventually(async () => (await client.health()).status === 200);
    await expect(projection.rows(dataSource)).resolves.toEqual([{ stream: participantStreamId('GM0938'), events: 1, lastPosition: last?.position }]);
  });

  it('does not replay a lagging write as 201 under its Idempotency-Key until the read side has it', async () => {
    projection.holdBack();
    const first = await client.post('/participants', participant('GM0981'), { idempotencyKey: 'join-vaals' });
    const repeated = await client.post('/participants', participant('GM0981'), { idempotencyKey: 'join-vaals' });
    expect([first.status, repeated.status]).toEqual([503, 503]);
    // The repeat found the stored event and wrote nothing new.
    await expect(store.readStream(participantStreamId('GM0981'))).resolves.toHaveLength(1);

    projection.holdBack(false);
    await eventually(async () => (await projector.caughtUpTo()) >= (await store.headPosition()));
    const [joined] = await store.readStream(participantStreamId('GM0981'));
    const answered = await client.post('/participants', participant('GM0981'), { idempotencyKey: 'join-vaals' });
    expect([answered.status, answered.body]).toEqual([201, { id: 'GM0981', position: joined.position }]);
  });
});
