import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { AccessLogStore } from '../../../apps/register/src/audit/access-log/access-log.store';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { calendarDateIn } from '../../../apps/register/src/write-side/clock';
import { type Caller, RegisterClient } from '../support/register-client';
import { STORE_BACKENDS, type TestStorage } from '../support/store-backends';
import { DOCUMENTS, seedSzmhParties } from '../support/szmh-parties.fixture';
import { bearer } from '../support/test-token';

const MEERSSEN_AUDITOR = { sub: 'rekenkamer@meerssen.example', roles: ['auditor'], municipalities: ['GM0938'] };
const DAY = 86_400_000;

describe.each(STORE_BACKENDS)('who read what, on $name', (backend) => {
  let storage: TestStorage;
  let app: RegisterApplication;
  let client: RegisterClient;
  const today = () => calendarDateIn(new Date());
  const accessLogOf = async (municipality: string, as?: Caller) =>
    client.get(`/audit/access-log?municipality=${municipality}&from=${today()}&until=${today()}`, { as: as ?? { authorization: await bearer(MEERSSEN_AUDITOR) } });
  const open = async () => {
    app = await storage.open();
    client = await RegisterClient.for(app.getHttpServer() as Server);
  };

  beforeAll(async () => {
    storage = await backend.createStorage();
    await open();
    await seedSzmhParties(client);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await storage?.dispose();
  }, 60_000);

  it("shows the Meerssen auditor a reader's read of a Meerssen document, with the fields of api.md and of the Logboek Dataverwerkingen", async () => {
    const read = await client.get(`/documents/${DOCUMENTS.meerssenMandate.id}?validOn=2026-02-01`, { as: 'reader', correlationId: 'read-meerssen-document' });
    expect(read.status).toBe(200);
    const entries = (await accessLogOf('GM0938')).body as Record<string, unknown>[];
    const entry = entries.find((candidate) => candidate.traceId === 'read-meerssen-document');
    expect(entry).toEqual({
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      subject: 'lezer@szmh.example',
      roles: ['reader'],
      route: `/api/v1/documents/${DOCUMENTS.meerssenMandate.id}`,
      query: { validOn: '2026-02-01' },
      status: 200,
      items: 1,
      traceId: 'read-meerssen-document',
      operationName: 'GET /api/v1/documents/:id',
      startTime: entry?.at,
      endTime: expect.any(String),
      statusCode: 'OK',
      municipalities: expect.arrayContaining(['GM0938']),
    });
    expect(Date.parse(entry?.endTime as string)).toBeGreaterThanOrEqual(Date.parse(entry?.at as string));
  });

  it('records a refused read too, with the credentials in its query redacted', async () => {
    const refused = await client.get('/participants?municipality=GM0938&password=hunter2', { as: 'reader', correlationId: 'refused-read' });
    expect(refused.status).toBe(400);
    const entry = ((await accessLogOf('GM0938')).body as Record<string, unknown>[]).find((candidate) => candidate.traceId === 'refused-read');
    expect(entry).toMatchObject({ status: 400, statusCode: 'ERROR', items: 0, query: { municipality: 'GM0938', password: '[redacted]' } });
    expect(JSON.stringify(entry)).not.toContain('hunter2');
  });

  it("leaves out a read that concerned only Vaals, and answers the Vaals auditor 404 for Meerssen's reads", async () => {
    await client.get('/registers/college:GM0981?validOn=2026-02-01', { as: 'auditor', correlationId: 'vaals-only' });
    const meerssen = (await accessLogOf('GM0938')).body as { traceId: string }[];
    expect(meerssen.map((entry) => entry.traceId)).not.toContain('vaals-only');
    const vaals = (await accessLogOf('GM0981', 'auditor')).body as { traceId: string }[];
    expect(vaals.map((entry) => entry.traceId)).toContain('vaals-only');
    const refused = await Promise.all([accessLogOf('GM0938', 'auditor'), accessLogOf('GM0938', 'reader')]);
    expect(refused.map((response) => response.status)).toEqual([404, 404]);
  });

  it('writes what waits on a clean shutdown, so a read answered just before is in the table after a restart', async () => {
    await client.get(`/documents/${DOCUMENTS.meerssenMandate.id}`, { as: 'reader', correlationId: 'just-before-shutdown' });
    await app.close();
    await open();
    const rows: { trace_id: string }[] = await app.get<DataSource>(REGISTER_DATA_SOURCE).query(`SELECT trace_id FROM access_log WHERE trace_id = 'just-before-shutdown'`);
    expect(rows).toHaveLength(1);
  });

  it('refuses to change an entry: the table is append-only', async () => {
    const dataSource = app.get<DataSource>(REGISTER_DATA_SOURCE);
    await expect(dataSource.query(`UPDATE access_log SET subject = 'someone else'`)).rejects.toThrow(/append-only/);
  });

  it('deletes at start the entries older than the retention of 730 days, keeping younger ones', async () => {
    const store = new AccessLogStore(app.get<DataSource>(REGISTER_DATA_SOURCE));
    const entry = (id: string, daysAgo: number) => {
      const at = new Date(Date.now() - daysAgo * DAY).toISOString();
      return { id, at, endedAt: at, subject: 'old', roles: 'reader', operation: 'GET /x', route: '/x', query: '{}', status: 200, items: 1, traceId: id, concerns: 'GM0938' };
    };
    await store.append([entry('00000000-0000-4000-8000-000000000001', 733), entry('00000000-0000-4000-8000-000000000002', 700)]);
    await app.close();
    await open();
    const rows: { id: string }[] = await app.get<DataSource>(REGISTER_DATA_SOURCE).query(`SELECT id FROM access_log WHERE subject = 'old'`);
    expect(rows.map((row) => row.id)).toEqual(['00000000-0000-4000-8000-000000000002']);
  });
});
