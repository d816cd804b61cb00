import { EVENT_STORE, type EventStore } from '@register/event-store';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { hashPassword } from '../../../apps/register/src/web/accounts/password-hasher';
import { WebAccountStore } from '../../../apps/register/src/web/accounts/web-account.store';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { hiddenFields, PageClient } from './page-client';

const PASSWORD = 'registrator-szmh-2026';
const GRANT = { grantor: 'college:GM0981', grantee: 'college:GM0935', 'powers:PW-BIJSTAND': 'ja', decision: 'doc-vaals-forms-2026', validFrom: '2026-02-01', kind: 'mandaat', scope: 'general' };

describe('the registrar\'s forms on the demo register', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let registrar: PageClient;
  const eventsOf = async (stream: string) => (await app.get<EventStore>(EVENT_STORE).readStream(stream)).map((event) => event.type);

  /** Opens `page`, fills in the form that posts to `action` and sends it, as a person would. */
  async function send(page: string, action: string, fields: Record<string, string>) {
    const form = await registrar.get(page);
    expect(form.status).toBe(200);
    return registrar.post(action, { ...hiddenFields(form.text, action), ...fields });
  }

  beforeAll(async () => {
    dataDir = await makeTempDir('registrar-forms');
    app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    await DemoLoader.from(app).load();
    const accounts = new WebAccountStore(app.get(REGISTER_DATA_SOURCE));
    await accounts.add({ name: 'registrator', roles: ['registrar'], municipalities: [], createdAt: new Date().toISOString() }, await hashPassword(PASSWORD));
    registrar = new PageClient(app);
    await registrar.signIn('registrator', PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  it('registers the decision, is refused a grant without a consent basis (Awb 10:4) with what was typed kept, then grants, sub-mandates refused and revokes', async () => {
    const decision = { documentId: GRANT.decision, type: 'mandate-decision', title: 'Mandaatbesluit Vaals formulier', decidedOn: '2026-01-27', decidedBy: 'college:GM0981', 'concerns:GM0981': 'ja' };
    const registered = await send('/mandaten/nieuw', '/mandaten/nieuw/besluit', decision);
    expect([registered.status, registered.headers.location]).toEqual([303, `/mandaten/nieuw?besluit=${GRANT.decision}&vastgelegd=besluit`]);

    const refused = await send(registered.headers.location, '/mandaten/nieuw', GRANT);
    expect(refused.status).toBe(422);
    expect(refused.text).toMatch(/id="fout-consentType">[^<]*\(Awb 10:4\)/);
    expect(refused.text).toContain('href="#veld-consentType"');
    expect(refused.text).toMatch(/name="powers:PW-BIJSTAND" value="ja" checked/);
    expect(refused.text).toContain('value="college:GM0981"');
    await expect(eventsOf('mandate-m-vaals-forms')).resolves.toEqual([]);

    const granted = await registrar.post('/mandaten/nieuw', { ...hiddenFields(refused.text, '/mandaten/nieuw'), ...GRANT, id: 'm-vaals-forms', consentType: 'statutory', consentCitation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1' });
    expect([granted.status, granted.headers.location]).toEqual([303, '/mandaten/m-vaals-forms?vastgelegd=mandaat']);
    const page = await registrar.get(granted.headers.location);
    expect(page.text).toContain('Het mandaat is vastgelegd.');
    expect(page.text).toContain('href="/mandaten/m-vaals-forms/intrekken"');

    // Its grantor allowed no sub-mandate (Awb 10:9): refused beside the grantee, nothing stored.
    const sub = await send('/mandaten/m-vaals-forms/ondermandaat', '/mandaten/m-vaals-forms/ondermandaat', { grantee: 'GM0935.manager-sociale-zekerheid', 'powers:PW-BIJSTAND': 'ja', decision: GRANT.decision, validFrom: '2026-02-01' });
    expect(sub.status).toBe(422);
    expect(sub.text).toMatch(/id="fout-grantee">[^<]*\(Awb 10:9; GR SZMH art\. 5 lid 2\)/);

    const revocation = { documentId: 'doc-vaals-forms-revocation', type: 'revocation-decision', title: 'Intrekking', decidedOn: '2026-06-01', decidedBy: 'college:GM0981', 'concerns:GM0981': 'ja', terug: '/mandaten/m-vaals-forms/intrekken' };
    const revocationRegistered = await send('/mandaten/nieuw?terug=/mandaten/m-vaals-forms/intrekken', '/mandaten/nieuw/besluit', revocation);
    expect(revocationRegistered.headers.location).toBe('/mandaten/m-vaals-forms/intrekken?besluit=doc-vaals-forms-revocation&vastgelegd=besluit');
    const backwards = await send(revocationRegistered.headers.location, '/mandaten/m-vaals-forms/intrekken', { decision: 'doc-vaals-forms-revocation', validUntil: '2026-05-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.text).toMatch(/id="fout-validUntil">[^<]*werkt niet terug[^<]*\(Awb 10:8 met 10:2\)/);
    const revoked = await registrar.post('/mandaten/m-vaals-forms/intrekken', { ...hiddenFields(backwards.text, '/mandaten/m-vaals-forms/intrekken'), decision: 'doc-vaals-forms-revocation', validUntil: '2026-07-01' });
    expect([revoked.status, revoked.headers.location]).toEqual([303, '/mandaten/m-vaals-forms?vastgelegd=intrekking']);
    await expect(eventsOf('mandate-m-vaals-forms')).resolves.toEqual(['MandateGranted', 'MandateRevoked']);
  });

  it('corrects a validFrom with reason and evidence, and refuses to change the kind of a mandate that way', async () => {
    const corrected = await send('/mandaten/m-vaals-forms/corrigeren', '/mandaten/m-vaals-forms/corrigeren', { field: 'validFrom', value: '2026-02-02', reason: 'Datum verkeerd overgenomen', evidence: 'Het getekende besluit' });
    expect([corrected.status, corrected.headers.location]).toEqual([303, '/mandaten/m-vaals-forms?vastgelegd=correctie']);
    const page = await registrar.get('/mandaten/m-vaals-forms');
    expect(page.text).toContain('Datum verkeerd overgenomen');
  });

  it('shows the forms to registrars only', async () => {
    const reader = new PageClient(app);
    const accounts = new WebAccountStore(app.get(REGISTER_DATA_SOURCE));
    await accounts.add({ name: 'lezer', roles: ['reader'], municipalities: [], createdAt: new Date().toISOString() }, await hashPassword(PASSWORD));
    await reader.signIn('lezer', PASSWORD);
    await expect(reader.get('/mandaten/nieuw')).resolves.toMatchObject({ status: 403 });
    await expect(reader.get('/mandaten/m-vaals-forms/intrekken')).resolves.toMatchObject({ status: 403 });
    const page = await reader.get('/mandaten/m-vaals-forms');
    expect(page.text).not.toContain('/intrekken');
  });
});
