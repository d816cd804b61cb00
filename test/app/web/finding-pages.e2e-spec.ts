import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { hashPassword } from '../../../apps/register/src/web/accounts/password-hasher';
import { WebAccountStore } from '../../../apps/register/src/web/accounts/web-account.store';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { PageClient } from './page-client';

const PASSWORD = 'juridische-zaken-2026';
const MANAGER = 'GM0935.manager-sociale-zekerheid';

describe('finding things on the pages of the demo register', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let jurist: PageClient;
  let auditor: PageClient;

  beforeAll(async () => {
    dataDir = await makeTempDir('finding-pages');
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    await DemoLoader.from(app).load();
    const accounts = new WebAccountStore(app.get(REGISTER_DATA_SOURCE));
    const createdAt = new Date().toISOString();
    await accounts.add({ name: 'jurist', roles: ['reader'], municipalities: [], createdAt }, await hashPassword(PASSWORD));
    await accounts.add({ name: 'vaals', roles: ['auditor'], municipalities: ['GM0981'], createdAt }, await hashPassword(PASSWORD));
    jurist = new PageClient(app);
    await jurist.signIn('jurist', PASSWORD);
    auditor = new PageClient(app);
    await auditor.signIn('vaals', PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('finds a function by its external title from the search box, with the mandates granted to it', async () => {
    const page = await jurist.get('/zoeken?q=directeur%20szmh');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`(${MANAGER})`);
    expect(page.text).toContain('href="/mandaten/submandate-gm0938-manager-2026"');
    const powers = await jurist.get('/zoeken?q=bijstand');
    expect(powers.text).toContain('(PW-BIJSTAND)');
    const nothing = await jurist.get('/zoeken?q=zzz-bestaat-niet');
    expect(nothing.text).toContain('Niets gevonden voor');
  });

  it('answers the competence check for an external title typed in, and asks which one was meant when a word fits several powers', async () => {
    const byTitle = await jurist.get('/bevoegdheid?actor=Directeur%20SZMH&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-02-02');
    expect(byTitle.status).toBe(200);
    expect(byTitle.text).toMatch(/register-answer__verdict">Bevoegd</);
    const several = await jurist.get('/bevoegdheid?actor=Directeur%20SZMH&power=bijstand&municipality=GM0938&validOn=2026-02-02');
    expect(several.text).toContain('Welke bevoegdheid bedoelt u?');
    expect(several.text).toMatch(/href="\/bevoegdheid\?actor=Directeur\+SZMH&amp;power=PW-BIJSTAND&amp;municipality=GM0938/);
    const unknown = await jurist.get('/bevoegdheid?actor=Niemand%20Hier&power=PW-BIJSTAND&municipality=GM0938');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toMatch(/id="fout-actor">[^<]*geen functie of orgaan/);
  });

  it('offers suggestions as a datalist without script and as JSON to the script, in the asker\'s scope', async () => {
    const form = await jurist.get('/bevoegdheid');
    expect(form.text).toMatch(new RegExp(`<datalist id="suggesties-actor">.*<option value="${MANAGER}">`, 's'));
    const json = await jurist.get('/bevoegdheid/suggesties?veld=actor&q=directeur');
    expect([json.status, JSON.parse(json.text)]).toEqual([200, [{ value: MANAGER, label: 'Manager Sociale Zekerheid / Directeur SZMH' }]]);
    const vaals = JSON.parse((await auditor.get('/bevoegdheid/suggesties?veld=actor&q=college')).text) as { value: string }[];
    expect(vaals.map((s) => s.value)).toEqual(['college:GM0981']);
  });

  it('lists documents with filters, an auditor only those of their municipality', async () => {
    const meerssen = await jurist.get('/documenten?concerns=GM0938&type=mandate-decision');
    expect(meerssen.status).toBe(200);
    expect(meerssen.text).toContain('href="/documenten/doc-mandate-gm0938-2026"');
    expect(meerssen.text).not.toContain('href="/documenten/doc-mandate-gm0981-2026"');
    const vaals = await auditor.get('/documenten');
    expect(vaals.text).toContain('href="/documenten/doc-mandate-gm0981-2026"');
    expect(vaals.text).not.toContain('href="/documenten/doc-mandate-gm0938-2026"');
    const wrong = await jurist.get('/documenten?decidedFrom=2026-13-01');
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('href="#veld-decidedFrom"');
  });

  it('shows the sub-mandates below a mandate from the list route, each with its status on the page\'s date', async () => {
    const page = await jurist.get('/mandaten/mandate-gm0938-2026?validOn=2026-02-02');
    expect(page.text).toMatch(/href="\/mandaten\/submandate-gm0938-manager-2026\?[^"]*">submandate-gm0938-manager-2026<\/a>:[^<]*\(geldig\)<\/li>/);
    const before = await jurist.get('/mandaten/mandate-gm0938-2026?validOn=2025-06-01');
    expect(before.text).toMatch(/>submandate-gm0938-manager-2026<\/a>:[^<]*\(nog niet geldig\)<\/li>/);
  });
});
