import { EVENT_STORE, type EventStore } from '@register/event-store';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import type { Role } from '../../../apps/register/src/auth/authenticated-subject';
import { hashPassword } from '../../../apps/register/src/web/accounts/password-hasher';
import { WebAccountStore } from '../../../apps/register/src/web/accounts/web-account.store';
import { WorkbookExport } from '../../../apps/register/src/workbook/export/workbook-export';
import { readWorkbookFiles } from '../../../apps/register/src/workbook/reading/read-workbook-file';
import { BACKENDS, exportedWorkbook, openRegister, type TestRegister } from '../workbook/support/workbook-registers';
import { csrfTokenOf, PageClient } from './page-client';

const PASSWORD = 'registratie-inlezen-2026';

/** A register kept as CSV, one mandate citing a power and a decision no one recorded. */
const WRONG_MANDATES_CSV = [
  'nummer;soort;bevoegdheid;oorspronkelijk bevoegd orgaan;mandataris;besluit;geldig vanaf',
  'mandate-gm0981-onbekend;mandaat;PW-ONBEKEND;college:GM0981;college:GM0935;doc-onbekend;2026-01-01',
].join('\r\n');

const uploadIdOf = (html: string): string | undefined => /name="upload" value="([^"]+)"/.exec(html)?.[1];

let demoXlsx: Uint8Array;
beforeAll(async () => {
  const source = await openRegister('SQLite');
  await DemoLoader.from(source.app).load();
  demoXlsx = await source.app.get(WorkbookExport).workbook();
  await source.close();
}, 120_000);

describe.each(BACKENDS)('the registrars\' import page, on %s', (backend) => {
  let target: TestRegister;
  const signedIn = async (name: string, roles: Role[]): Promise<PageClient> => {
    await new WebAccountStore(target.app.get(REGISTER_DATA_SOURCE)).add({ name, roles, municipalities: [], createdAt: new Date().toISOString() }, await hashPassword(PASSWORD));
    const client = new PageClient(target.app);
    expect((await client.signIn(name, PASSWORD)).status).toBe(303);
    return client;
  };
  const check = async (client: PageClient, files: { name: string; bytes: Uint8Array }[]) => {
    const token = csrfTokenOf((await client.get('/inlezen')).text);
    return client.upload('/inlezen', { _csrf: token }, files.map((file) => ({ field: 'bestand', ...file })));
  };
  const head = () => target.app.get<EventStore>(EVENT_STORE).headPosition();

  beforeEach(async () => {
    target = await openRegister(backend);
  });
  afterEach(async () => {
    await target.close();
  });

  it('shows each wrong row at sheet!row with its rule in Dutch, offers no apply, and writes nothing', async () => {
    const registrar = await signedIn('registrar-vaals', ['registrar']);
    const checked = await check(registrar, [{ name: 'mandaten.csv', bytes: Buffer.from(WRONG_MANDATES_CSV, 'utf8') }]);
    expect(checked.status).toBe(200);
    expect(checked.text).toContain('Controle van mandaten.csv');
    expect(checked.text).toMatch(/1 rij gelezen: \d+ vastlegging(en)?, waarvan \d+ al in het register/);
    expect(checked.text).toMatch(/<th[^>]*scope="row">mandaten!2<\/th>\s*<td[^>]*><code>UNKNOWN_REFERENCE<\/code>/);
    expect(checked.text).toContain('Er is niets vastgelegd');
    expect(uploadIdOf(checked.text)).toBeUndefined();
    expect(await head()).toBe(0);
  }, 60_000);

  it('checks the demo\'s workbook, applies it once for its uploader only, and downloads it back unchanged', async () => {
    const registrar = await signedIn('registrar-maastricht', ['registrar']);
    const other = await signedIn('registrar-meerssen', ['registrar']);
    const checked = await check(registrar, [{ name: 'register.xlsx', bytes: demoXlsx }]);
    expect(checked.status).toBe(200);
    expect(checked.text).toContain('Geen problemen');
    const upload = uploadIdOf(checked.text)!;
    expect(await head()).toBe(0);

    const stolen = await other.post('/inlezen/toepassen', { _csrf: csrfTokenOf((await other.get('/inlezen')).text), upload });
    expect(stolen.status).toBe(400);
    expect(stolen.text).toContain('Deze controle is verlopen of niet van u');
    expect(await head()).toBe(0);

    const applied = await registrar.post('/inlezen/toepassen', { _csrf: csrfTokenOf(checked.text), upload });
    expect(applied.status).toBe(303);
    expect(applied.headers.location).toMatch(/^\/inlezen\?geschreven=[1-9]\d*&aanwezig=0$/);
    expect((await registrar.get(applied.headers.location as string)).text).toMatch(/Ingelezen: [1-9]\d* vastgelegd, 0 stonden al in het register/);
    const written = await head();
    expect(written).toBeGreaterThan(0);
    // The upload is used up: applying it again finds nothing, and writes nothing.
    expect((await registrar.post('/inlezen/toepassen', { _csrf: csrfTokenOf(checked.text), upload })).status).toBe(400);
    expect(await head()).toBe(written);

    const download = await registrar.download('/inlezen/register.xlsx');
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="mandaatregister-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const downloaded = await readWorkbookFiles([{ name: 'register.xlsx', bytes: download.body as Buffer }]);
    expect(downloaded.identity).toBe((await readWorkbookFiles([{ name: 'register.xlsx', bytes: demoXlsx }])).identity);
    expect(downloaded.identity).toBe((await exportedWorkbook(target)).identity);
  }, 120_000);

  it('is for registrars only, refuses an upload without the form token, and keeps multipart off the API', async () => {
    const reader = await signedIn('jurist', ['reader']);
    expect((await reader.get('/inlezen')).status).toBe(403);
    const registrar = await signedIn('registrar-gulpen', ['registrar']);
    const template = await registrar.download('/inlezen/sjabloon.xlsx');
    expect(template.status).toBe(200);
    const emptyTemplate = await readWorkbookFiles([{ name: 'sjabloon.xlsx', bytes: template.body as Buffer }]);
    expect(emptyTemplate.sheets.find((sheet) => sheet.name === 'mandaten')?.headers).toEqual(expect.arrayContaining(['nummer', 'bevoegdheid', 'besluit', 'gemeenteblad']));
    expect(emptyTemplate.sheets.filter((sheet) => sheet.name !== 'toelichting').flatMap((sheet) => sheet.rows)).toEqual([]);
    const noToken = await registrar.upload('/inlezen', {}, [{ field: 'bestand', name: 'register.xlsx', bytes: demoXlsx }]);
    expect(noToken.status).toBe(403);
    const onApi = await registrar.upload('/api/v1/documents', {}, [{ field: 'bestand', name: 'register.xlsx', bytes: demoXlsx }]);
    expect(onApi.status).toBe(415);
    const empty = await check(registrar, []);
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Kies een werkmap');
    expect(await head()).toBe(0);
  }, 60_000);
});
