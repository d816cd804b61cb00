import { participantStreamId } from '@register/domain';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { Projector } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { PROJECTIONS } from '../../../apps/register/src/read-side/projections.token';
import { ReadSideModule } from '../../../apps/register/src/read-side/read-side.module';
import { StreamCountProjection } from '../../../libs/projections/src/testing/stream-count.projection';
import { RegisterClient } from '../support/register-client';
import { createTestApp, makeTempDir, type ModuleImports, removeTempDir } from '../support/test-app';

const VAALS = { municipality: 'GM0981', name: 'Vaals', joinedOn: '2015-01-01' };

/**
 * ReadSideModule ahead of every other import. Nest registers app-wide
 * enhancers in the order it meets their modules, so this is the order that
 * once let the read side's wait run outside the idempotency ledger (and
 * record a 201 for a write the read side had not reached).
 */
function readSideFirst(imports: ModuleImports): ModuleImports {
  return [ReadSideModule, ...imports.filter((module) => module !== ReadSideModule)];
}

const ORDERS: [string, (imports: ModuleImports) => ModuleImports][] = [
  ['as AppModule lists them', (imports) => imports],
  ['in reverse', (imports) => [...imports].reverse()],
  ['with the read side first', readSideFirst],
];

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Issue 11: idempotency and read-your-writes once held together only because
 * AppModule imported one module before another. The write path is now one
 * pipeline, so whatever order Nest meets the modules in, a write under an
 * Idempotency-Key that the read side has not reached answers 503 and is not
 * remembered as a 201; its repeat waits again; once the read side has it, the
 * repeat is answered 201 and recorded, and only then replayed.
 */
describe.each(ORDERS)('AppModule with its imports %s', (_order, arrange) => {
  let dataDir: string;
  let app: RegisterApplication;
  let client: RegisterClient;
  let projection: StreamCountProjection;

  beforeAll(async () => {
    dataDir = await makeTempDir('module-order');
    projection = new StreamCountProjection('participant_counts', ['ParticipantJoined']);
    const env = { REGISTER_DATA_DIR: dataDir, REGISTER_READ_YOUR_WRITES_TIMEOUT_MS: '500' };
    app = await createTestApp(env, (builder) => builder.overrideProvider(PROJECTIONS).useValue([projection]), arrange);
    client = await RegisterClient.for(app.getHttpServer());
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('answers a lagging keyed write 503 until the read side has it, then 201 recorded for good, then the replay', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const join = () => client.post('/participants', VAALS, { idempotencyKey: 'join-vaals' });
    projection.holdBack();
    const lagging = [await join(), await join()];
    expect(lagging.map((answer) => [answer.status, answer.body.code, answer.headers['retry-after']])).toEqual([
      [503, 'READ_SIDE_LAGGING', '1'],
      [503, 'READ_SIDE_LAGGING', '1'],
    ]);
    const [joined, ...more] = await store.readStream(participantStreamId(VAALS.municipality));
    expect(more).toEqual([]);

    projection.holdBack(false);
    const projector = app.get(Projector);
    await until(async () => (await projector.caughtUpTo()) >= joined.position);
    const answered = await join();
    const replayed = await join();
    expect([answered.status, answered.body, answered.headers['idempotent-replayed']]).toEqual([201, { id: 'GM0981', position: joined.position }, undefined]);
    expect([replayed.status, replayed.body, replayed.headers['idempotent-replayed']]).toEqual([201, answered.body, 'true']);
    await expect(projection.rows(app.get<DataSource>(REGISTER_DATA_SOURCE))).resolves.toEqual([
      { stream: participantStreamId(VAALS.municipality), events: 1, lastPosition: joined.position },
    ]);
  });
});
