import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import type request from 'supertest';
import { DemoLoader } from '../../apps/register/src/demo/demo-loader';
import type { DemoOutcome } from '../../apps/register/src/demo/demo-outcome';
import { szmhDemoSteps } from '../../apps/register/src/demo/szmh-demo.data';
import { RequestIdentity } from '../../apps/register/src/idempotency/request-identity';
import { createTestDatabase } from '../../libs/event-store/src/testing/postgres-test-database';
import { RegisterClient } from './support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';

const BACKENDS = [
  {
    name: 'SQLite',
    async storage() {
      const dataDir = await makeTempDir('demo');
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

const MANAGER = 'GM0935.manager-sociale-zekerheid';
const TEAM_LEADER = 'GM0935.teamleider-inkomen';
const MEERSSEN_SIGNATURE = 'namens het college van burgemeester en wethouders van Meerssen';

/** The demo's grants for a municipality, as its data says: what a register of them must list. */
function demoGrantsFor(municipality: string): { mandateId: string; powers: string[] }[] {
  return szmhDemoSteps()
    .filter((step) => step.key.startsWith('mandate:'))
    .map((step) => step.data as { mandateId: string; powers: string[]; municipalities: string[] })
    .filter((grant) => grant.municipalities.includes(municipality));
}

describe.each(BACKENDS)('the SZMH demo on $name', (backend) => {
  let storage: { env: Record<string, string>; dispose(): Promise<void> };
  let app: RegisterApplication;
  let client: RegisterClient;
  let beforeLoad: string;
  let outcome: DemoOutcome;

  beforeAll(async () => {
    storage = await backend.storage();
    app = await createTestApp(storage.env);
    client = await RegisterClient.for(app.getHttpServer());
    // One millisecond before the first event: the register as it stood before the demo.
    beforeLoad = new Date(Date.now() - 1).toISOString();
    outcome = await DemoLoader.from(app).load();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await storage?.dispose();
  }, 60_000);

  const ask = (path: string) => client.get(path, { as: 'reader' });
  const head = () => app.get<EventStore>(EVENT_STORE).headPosition();

  it('writes every step of the demo into the empty register', async () => {
    expect(outcome).toEqual({ kind: 'loaded', steps: szmhDemoSteps().length, position: await head() });
  });

  it("names each step's events after its key alone, as earlier releases did, so a run they interrupted completes", async () => {
    const [joined] = await app.get<EventStore>(EVENT_STORE).readStream('participant-GM0935');
    expect(joined.eventId).toBe(RequestIdentity.derivedFrom('demo:participant:GM0935:join').eventIdFor(0));
  });

  it('lists the five participants and Eijsden-Margraten, which left on 2021-07-01', async () => {
    const response = await ask('/participants');
    expect(response.status).toBe(200);
    const byCode = [...response.body].sort((a, b) => a.municipality.localeCompare(b.municipality));
    expect(byCode.map((p: { municipality: string; exitOn: string | null }) => [p.municipality, p.exitOn])).toEqual([
      ['GM0935', null],
      ['GM0938', null],
      ['GM0981', null],
      ['GM0994', null],
      ['GM1729', null],
      ['GM1903', '2021-07-01'],
    ]);
  });

  it("authorises the manager for Meerssen on 2026-01-15 through Meerssen's and Maastricht's decisions, retroactively, naming Meerssen's college", async () => {
    const answer = await ask(`/authority?actor=${MANAGER}&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-01-15`);
    expect([answer.status, answer.body.authorised, answer.body.signatureLine, answer.body.flags, answer.body.reason]).toEqual([
      200,
      true,
      MEERSSEN_SIGNATURE,
      // Both decisions were taken after the 15th (27-01-2026) and apply from 2026-01-01.
      ['RETROACTIVE'],
      null,
    ]);
    expect(answer.body.chain.map((link: { mandateId: string; publication: { publishedOn: string } }) => [link.mandateId, link.publication.publishedOn])).toEqual([
      ['mandate-gm0938-2026', '2026-01-29'],
      ['submandate-gm0938-manager-2026', '2026-01-29'],
    ]);
  });

  it('does not authorise the manager on 2026-01-15 on the inForce axis (published 2026-01-29), nor as the register stood before the demo', async () => {
    const question = `/authority?actor=${MANAGER}&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-01-15`;
    const inForce = (await ask(`${question}&axis=inForce`)).body;
    expect([inForce.authorised, inForce.reason]).toEqual([false, 'NOT_YET_IN_FORCE']);
    const inForceLater = (await ask(`${question.replace('2026-01-15', '2026-01-30')}&axis=inForce`)).body;
    expect([inForceLater.authorised, inForceLater.reason]).toEqual([true, null]);
    const before = (await ask(`${question}&knownAt=${beforeLoad}`)).body;
    expect([before.authorised, before.reason, before.chain]).toEqual([false, 'NO_MANDATE', []]);
  });

  it('authorises the team leader from 2026-10-01 up to EUR 5,000 only, flagged and not in force while its decision is unpublished', async () => {
    const question = `/authority?actor=${TEAM_LEADER}&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-11-02`;
    const valid = (await ask(`${question}&amount=5000`)).body;
    expect([valid.authorised, valid.flags, valid.chain.length]).toEqual([true, ['NOT_PUBLISHED'], 3]);
    const above = (await ask(`${question}&amount=5000.01`)).body;
    expect([above.authorised, above.reason]).toEqual([false, 'EXCEEDS_CEILING']);
    const inForce = (await ask(`${question}&axis=inForce`)).body;
    expect([inForce.authorised, inForce.reason]).toEqual([false, 'NOT_PUBLISHED']);
  });

  it('leaves exactly the unpublished team leader decision on the publication work list, for Maastricht to publish', async () => {
    const response = await ask('/publications/pending');
    expect([response.status, response.body]).toEqual([
      200,
      [
        {
          document: 'doc-submandate-teamleider-inkomen-2026',
          type: 'sub-mandate-decision',
          title: 'Ondermandaatbesluit Teamleider Inkomen SZMH 2026 (voorbeeld)',
          decidedOn: '2026-09-15',
          concerns: ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'],
          amendmentId: null,
          publisher: 'college:GM0935',
        },
      ],
    ]);
  });

  it("answers the arrangement's 2025 version from 2025-04-10 and its earlier text on the day before", async () => {
    const on = async (validOn: string) => (await ask(`/documents/doc-gr-szmh?validOn=${validOn}&axis=inForce`)).body.versionInForce;
    await expect(on('2025-04-10')).resolves.toMatchObject({ version: 2, amendmentId: 'gr-szmh-2025', validFrom: '2025-04-10' });
    await expect(on('2025-04-09')).resolves.toMatchObject({ version: 1, amendmentId: null, validUntil: '2025-04-10' });
  });

  it("publishes Meerssen's register as CSV: one row per power of every demo grant for Meerssen", async () => {
    const csv = (ask('/registers/college:GM0938?validOn=2026-11-02') as unknown as request.Test).set('Accept', 'text/csv');
    const response = await csv;
    const [header, ...rows] = response.text.trim().split('\n');
    const columns = header.split(',');
    const cell = (row: string, name: string): string => row.split(',')[columns.indexOf(name)];
    const expected = demoGrantsFor('GM0938').flatMap((grant) => grant.powers.map((power) => `${grant.mandateId} ${power}`));
    expect([response.status, response.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(rows.map((row) => `${cell(row, 'mandateId')} ${cell(row, 'power')}`).sort()).toEqual(expected.sort());
  });

  it("records the demo's events as written by `demo`, as the history of a mandate shows", async () => {
    const history = await ask('/mandates/mandate-gm0938-2026/history');
    expect([history.status, history.body.map((entry: { type: string; recordedBy: string }) => [entry.type, entry.recordedBy])]).toEqual([
      200,
      [['MandateGranted', 'demo']],
    ]);
  });

  it('writes nothing on a second run and says the demo is already loaded', async () => {
    const before = await head();
    await expect(DemoLoader.from(app).load()).resolves.toEqual({ kind: 'already-loaded', steps: szmhDemoSteps().length });
    await expect(head()).resolves.toBe(before);
  });

  it('refuses a step whose data differs from what the register holds (another version of the demo), naming it and writing nothing', async () => {
    const steps = szmhDemoSteps();
    const last = steps[steps.length - 1];
    const changed = { ...last, data: { ...(last.data as object), ceiling: 9_999 } };
    const before = await head();
    await expect(DemoLoader.from(app, [...steps.slice(0, -1), changed]).load()).rejects.toThrow(
      `demo step ${last.key}: the register holds this step with other data`,
    );
    await expect(head()).resolves.toBe(before);
  });
});
