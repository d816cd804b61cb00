import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { szmhDemoSteps } from '../../../apps/register/src/demo/szmh-demo.data';
import { createTestDatabase } from '../../../libs/event-store/src/testing/postgres-test-database';
import { expectProblem } from '../support/problem-document';
import { type Caller, RegisterClient } from '../support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { TEST_JWT_SECRET } from '../support/test-token';

const BACKENDS = [
  {
    name: 'SQLite',
    async storage() {
      const dataDir = await makeTempDir('lists');
      return { env: { REGISTER_DATA_DIR: dataDir, REGISTER_JWT_SECRET: TEST_JWT_SECRET }, dispose: () => removeTempDir(dataDir) };
    },
  },
  {
    name: 'PostgreSQL',
    async storage() {
      const database = await createTestDatabase();
      return { env: { REGISTER_STORE: 'postgres', DATABASE_URL: database.url, REGISTER_JWT_SECRET: TEST_JWT_SECRET }, dispose: () => database.drop() };
    },
  },
];

type Item = { id: string } & Record<string, unknown>;

/** What the demo's data says of its grants, functions and documents: the oracle of the lists. */
function demoData<Data>(prefix: string): Data[] {
  return szmhDemoSteps()
    .filter((step) => step.key.startsWith(prefix))
    .map((step) => step.data as Data);
}
interface DemoGrant {
  readonly mandateId: string;
  readonly parentMandateId: string | null;
  readonly grantor: string;
  readonly grantee: string;
  readonly municipalities: readonly string[];
}

/** The demo's grants, a sub-mandate's grantor and default municipalities taken from its parent as the service does. */
function demoGrants(): DemoGrant[] {
  const grants = new Map<string, DemoGrant>();
  for (const data of demoData<Partial<DemoGrant> & { mandateId: string; grantee: string }>('mandate:')) {
    const parent = data.parentMandateId ? grants.get(data.parentMandateId) : undefined;
    const grantor = data.grantor ?? parent!.grantee;
    const municipalities = data.municipalities ?? parent?.municipalities ?? [grantor.split(':')[1]];
    grants.set(data.mandateId, { mandateId: data.mandateId, parentMandateId: data.parentMandateId ?? null, grantor, grantee: data.grantee, municipalities });
  }
  return [...grants.values()];
}
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe.each(BACKENDS)('the list routes on the demo register on $name', (backend) => {
  let storage: { dispose(): Promise<void> };
  let app: RegisterApplication;
  let client: RegisterClient;

  beforeAll(async () => {
    const made = await backend.storage();
    storage = made;
    app = await createTestApp(made.env);
    client = await RegisterClient.for(app.getHttpServer());
    await DemoLoader.from(app).load();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await storage?.dispose();
  }, 60_000);

  const fieldsOf = (body: { errors: { field: string }[] }) => [...new Set(body.errors.map((error) => error.field))];

/** Every page of `path` at `limit`, following nextCursor to the end. */
  async function allPages(path: string, limit: number, as: Caller = 'reader'): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 500; pages += 1) {
      const separator = path.includes('?') ? '&' : '?';
      const response = await client.get(`${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, { as });
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...response.body.items);
      cursor = response.body.nextCursor;
      if (cursor === null) return items;
    }
    throw new Error(`${path} never ended`);
  }

  async function unpaged(path: string, as: Caller = 'reader'): Promise<Item[]> {
    const response = await client.get(path, { as });
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    return response.body.items;
  }

  it.each(['/powers', '/functions', '/documents', '/mandates', '/mandates?status=valid&validOn=2026-02-15', '/documents?concerns=GM0938'])(
    'pages through %s one at a time to exactly the unpaged answer',
    async (path) => {
      const whole = await unpaged(path);
      expect(whole.length).toBeGreaterThan(1);
      await expect(allPages(path, 1)).resolves.toEqual(whole);
    },
  );

  it('lists 50 items when no limit is given, and refuses a limit above 500, below 1 or not a whole number, naming limit', async () => {
    const mandates = demoGrants();
    const first = await client.get('/mandates', { as: 'reader' });
    expect(first.body.items).toHaveLength(Math.min(50, mandates.length));
    for (const limit of ['501', '0', '2.5', 'ten']) {
      const response = await client.get(`/mandates?limit=${limit}`, { as: 'reader' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['limit']);
    }
    await expect(client.get('/mandates?limit=500', { as: 'reader' })).resolves.toMatchObject({ status: 200 });
  });

  it('refuses a tampered cursor, and a cursor of another list or other filters, naming cursor', async () => {
    const { body } = await client.get('/documents?limit=1', { as: 'reader' });
    const cursor: string = body.nextCursor;
    const [text, checksum] = cursor.split('.');
    const flipped = `${text.slice(0, -2)}${text.endsWith('A') ? 'B' : 'A'}${text.slice(-1)}.${checksum}`;
    for (const path of [`/documents?cursor=${flipped}`, '/documents?cursor=garbage', `/powers?cursor=${cursor}`, `/documents?type=agreement&cursor=${cursor}`]) {
      const response = await client.get(path, { as: 'reader' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['cursor']);
    }
    // Another caller who sees other municipalities may not go on with it either.
    expectProblem(await client.get(`/documents?cursor=${cursor}`, { as: 'auditor' }), 400, 'VALIDATION_FAILED');
  });

  it('keeps the first page\'s knownAt for the later pages: a power catalogued meanwhile appears only in a new list', async () => {
    const first = await client.get('/powers?limit=1', { as: 'reader' });
    const power = { id: 'ZZ-LATER', label: 'Later gecatalogiseerd', legalBasis: 'Testwet art. 1', holder: 'college', mandatable: true };
    await expect(client.post('/powers', power)).resolves.toMatchObject({ status: 201 });
    const rest = await allPages(`/powers?cursor=${encodeURIComponent(first.body.nextCursor)}`, 500);
    expect(rest.map((item) => item.id)).not.toContain('ZZ-LATER');
    await expect(unpaged('/powers')).resolves.toContainEqual(expect.objectContaining({ id: 'ZZ-LATER' }));
  });

  it('shows the Vaals auditor only the mandates, documents and functions that concern Vaals, and every one of them', async () => {
    const concernsVaals = (parties: readonly string[]) => parties.some((party) => party.includes('GM0981'));
    const grants = demoGrants();
    const expected = grants.filter((grant) => concernsVaals([grant.grantor, grant.grantee, ...grant.municipalities])).map((grant) => grant.mandateId);
    const mandates = await allPages('/mandates', 3, 'auditor');
    expect(mandates.map((mandate) => mandate.id).sort(byCodeUnit)).toEqual([...expected].sort(byCodeUnit));
    expect(expected.length).toBeGreaterThan(0);
    const documents = await allPages('/documents', 3, 'auditor');
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((document) => (document.concerns as string[]).includes('GM0981'))).toBe(true);
    const readerDocuments = await unpaged('/documents?concerns=GM0981');
    expect(documents).toEqual(readerDocuments);
    const functions = await unpaged('/functions', 'auditor');
    expect(functions.every((fn) => fn.municipality === 'GM0981')).toBe(true);
    // The catalogue and the participants are the arrangement's and the law's: the auditor sees all of them.
    await expect(unpaged('/powers', 'auditor')).resolves.toEqual(await unpaged('/powers'));
  });

  it('finds a function by its external title, a power by its legal basis and a document by its title, whatever the case', async () => {
    const functions = await unpaged('/functions?q=directeur%20szmh');
    expect(functions.map((fn) => fn.id)).toEqual(['GM0935.manager-sociale-zekerheid']);
    const powers = await unpaged('/powers?q=PARTICIPATIEWET');
    expect(powers.length).toBeGreaterThan(0);
    expect(powers.every((power) => String(power.legalBasis).toLowerCase().includes('participatiewet'))).toBe(true);
    const documents = await unpaged('/documents?q=mandaatbesluit&type=mandate-decision');
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((document) => String(document.title).toLowerCase().includes('mandaatbesluit') && document.type === 'mandate-decision')).toBe(true);
  });

  it('lists the sub-mandates of a mandate with parent, each in the shape of GET /mandates/{id}', async () => {
    const grants = demoGrants();
    const parent = grants.find((grant) => grants.some((child) => child.parentMandateId === grant.mandateId))!;
    const children = await unpaged(`/mandates?parent=${parent.mandateId}&validOn=2026-02-15`);
    expect(children.map((child) => child.id).sort(byCodeUnit)).toEqual(grants.filter((child) => child.parentMandateId === parent.mandateId).map((child) => child.mandateId).sort(byCodeUnit));
    const single = await client.get(`/mandates/${children[0].id}?validOn=2026-02-15`, { as: 'reader' });
    const knownAt = new Date().toISOString();
    const again = await unpaged(`/mandates?parent=${parent.mandateId}&validOn=2026-02-15&knownAt=${knownAt}`);
    expect(again[0]).toEqual(single.body);
  });

  it('refuses a filter of the wrong form and one it does not know, naming it', async () => {
    for (const [path, field] of [['/mandates?status=ended', 'status'], ['/powers?holder=wethouder', 'holder'], ['/documents?decidedFrom=2026-02-01&decidedUntil=2026-01-01', 'decidedUntil'], ['/functions?municipality=Vaals', 'municipality']]) {
      const response = await client.get(path, { as: 'reader' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual([field]);
    }
    expectProblem(await client.get('/powers?colour=red', { as: 'reader' }), 400, 'VALIDATION_FAILED');
  });

  it('answers /authority for an actor given by the external title one function carries, naming the function, and 404 for a title none carries', async () => {
    const query = 'power=PW-BIJSTAND&municipality=GM0938&validOn=2026-02-15';
    const byTitle = await client.get(`/authority?actor=Directeur%20SZMH&${query}`, { as: 'reader' });
    const byId = await client.get(`/authority?actor=GM0935.manager-sociale-zekerheid&${query}&knownAt=${byTitle.body.knownAt}`, { as: 'reader' });
    expect([byTitle.status, byTitle.body.actor, byTitle.body.authorised]).toEqual([200, 'GM0935.manager-sociale-zekerheid', true]);
    expect(byTitle.body).toEqual(byId.body);
    expectProblem(await client.get(`/authority?actor=Directeur%20Elders&${query}`, { as: 'reader' }), 404, 'NOT_FOUND');
  });
});
