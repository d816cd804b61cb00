import { EVENT_STORE, type EventStore } from '@register/event-store';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { hashPassword } from '../../../apps/register/src/web/accounts/password-hasher';
import { WebAccountStore } from '../../../apps/register/src/web/accounts/web-account.store';
import { calendarDateIn } from '../../../apps/register/src/write-side/clock';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { csrfTokenOf, hiddenFields, PageClient } from './page-client';

const PASSWORD = 'publicaties-maastricht-2026';
// Published today, so the dates are never before a decision nor in the future, whatever day the test runs.
const TODAY = calendarDateIn(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const number = (n: number, year = YEAR) => `gmb-${year}-${n}`;

describe('the publication officer\'s forms on the demo register', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let officer: PageClient;
  /** The decision the first test published from the work list. */
  let published: string;
  const publicationsOf = async (document: string): Promise<string[]> => {
    const events = await app.get<EventStore>(EVENT_STORE).readStream(`document-${document}`);
    return events.filter((event) => event.type === 'DecisionPublished').map((event) => (event.data as { publicationId: string }).publicationId);
  };

  beforeAll(async () => {
    dataDir = await makeTempDir('publication-forms');
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    await DemoLoader.from(app).load();
    const accounts = new WebAccountStore(app.get(REGISTER_DATA_SOURCE));
    await accounts.add({ name: 'publicaties', roles: ['publication-officer'], municipalities: [], createdAt: new Date().toISOString() }, await hashPassword(PASSWORD));
    officer = new PageClient(app);
    await officer.signIn('publicaties', PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('records a publication from the work list once, though the form is sent twice, and keeps what was typed when a rule refuses it', async () => {
    const list = await officer.get('/publicaties');
    expect(list.status).toBe(200);
    const link = /href="(\/publicaties\/vastleggen\?document=([^&"]+)[^"]*)"/.exec(list.text);
    expect(link).not.toBeNull();
    const document = decodeURIComponent(link![2]);
    published = document;
    const form = await officer.get(link![1].replace(/&amp;/g, '&'));
    const hidden = hiddenFields(form.text, '/publicaties/vastleggen');
    expect(Object.keys(hidden).sort()).toEqual(['_csrf', '_sleutel']);

    // The year of the number is not the year of publication (Awb 3:42 lid 1): refused beside the number, the dates kept.
    const typed = { ...hidden, document, medium: 'gemeenteblad', publicationId: number(777001, YEAR - 1), publishedOn: TODAY, inForceFrom: TODAY };
    const refused = await officer.post('/publicaties/vastleggen', typed);
    expect(refused.status).toBe(422);
    expect(refused.text).toMatch(/id="fout-publicationId">[^<]*gmb-JJJJ-N[^<]*\(Awb 3:42 lid 1\)/);
    expect(refused.text).toContain('href="#veld-publicationId"');
    expect(refused.text).toContain(`value="${TODAY}"`);
    await expect(publicationsOf(document)).resolves.toEqual([]);

    const again = hiddenFields(refused.text, '/publicaties/vastleggen');
    expect(again._sleutel).not.toBe(hidden._sleutel);
    const corrected = { ...typed, ...again, publicationId: number(777001) };
    const first = await officer.post('/publicaties/vastleggen', corrected);
    const second = await officer.post('/publicaties/vastleggen', corrected);
    expect([first.status, first.headers.location]).toEqual([303, `/documenten/${encodeURIComponent(document)}?vastgelegd=publicatie#publicaties`]);
    expect([second.status, second.headers.location]).toEqual([first.status, first.headers.location]);
    await expect(publicationsOf(document)).resolves.toEqual([number(777001)]);
    const page = await officer.get(first.headers.location);
    expect(page.text).toContain('De publicatie is vastgelegd.');
  });

  it('corrects a wrongly recorded number, refusing first a number another publication holds', async () => {
    const document = published;
    const recordForm = await officer.get(`/publicaties/vastleggen?document=${encodeURIComponent(document)}`);
    const recorded = { ...hiddenFields(recordForm.text, '/publicaties/vastleggen'), document, medium: 'gemeenteblad', publicationId: number(777200), publishedOn: TODAY, inForceFrom: TODAY };
    expect((await officer.post('/publicaties/vastleggen', recorded)).status).toBe(303);

    const documentPage = await officer.get(`/documenten/${encodeURIComponent(document)}`);
    const correctLink = [...documentPage.text.matchAll(/href="(\/publicaties\/corrigeren\?[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).find((href) => href.includes(number(777200)))!;
    const form = await officer.get(correctLink);
    const base = { ...hiddenFields(form.text, '/publicaties/corrigeren'), document, publicationId: number(777200), field: 'publicationId', reason: 'Nummer verkeerd overgenomen' };
    const taken = await officer.post('/publicaties/corrigeren', { ...base, value: number(777001) });
    expect(taken.status).toBe(422);
    expect(taken.text).toMatch(/id="fout-value">[^<]*staat al in het register/);
    const fixed = await officer.post('/publicaties/corrigeren', { ...base, ...hiddenFields(taken.text, '/publicaties/corrigeren'), value: number(777201) });
    expect(fixed.status).toBe(303);
    expect(fixed.headers.location).toBe(`/documenten/${encodeURIComponent(document)}?vastgelegd=correctie#publicaties`);
    await expect(officer.get(fixed.headers.location)).resolves.toMatchObject({ text: expect.stringContaining('De correctie is vastgelegd.') });
    // The correction is recorded once, as the command the API's route sends; the documents read model shows it once issue 12b applies it.
    const events = await app.get<EventStore>(EVENT_STORE).readStream(`document-${document}`);
    const corrections = events.filter((event) => event.type === 'PublicationCorrected').map((event) => event.data);
    expect(corrections).toEqual([expect.objectContaining({ publicationId: number(777200), field: 'publicationId', value: number(777201), reason: 'Nummer verkeerd overgenomen' })]);
  });

  it('answers a form without this session\'s token with 403 and records nothing', async () => {
    const form = await officer.get('/publicaties/vastleggen?document=doc-x');
    const { _csrf: _token, ...rest } = hiddenFields(form.text, '/publicaties/vastleggen');
    const response = await officer.post('/publicaties/vastleggen', { ...rest, _csrf: 'forged', document: 'doc-x', publicationId: number(1), publishedOn: TODAY, inForceFrom: TODAY });
    expect(response.status).toBe(403);
    expect(csrfTokenOf(form.text)).toBeDefined();
  });

  it('exports the work list as CSV, one row per decision', async () => {
    const csv = await officer.get('/publicaties/werklijst.csv');
    expect([csv.status, csv.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(csv.text.split('\r\n')[0]).toBe('document,amendmentId,type,title,decidedOn,concerns,publisher');
  });
});
