import { MEERSSEN_GRANT, seedExampleOneThroughApi } from '../write-side/testing/szmh-api.seed';
import { WriteSideApp } from '../write-side/testing/write-side-app';

const MANAGER_SUB = {
  id: 'submandate-gm0935-manager-2026',
  kind: 'mandaat',
  scope: 'general',
  grantee: 'GM0935.manager-sociale-zekerheid',
  powers: ['PW-BIJSTAND'],
  ceiling: 10000,
  decision: 'doc-submandate-gm0935-2026',
  validFrom: '2026-01-01',
};
const correction = (field: string, value: unknown) => ({ field, value, reason: 'Typed wrongly' });

describe('mandate routes through HTTP (smoke, SQLite)', () => {
  let app: WriteSideApp;

  beforeAll(async () => {
    app = await WriteSideApp.start();
    await seedExampleOneThroughApi(app);
  }, 60_000);

  afterAll(() => app.stop());

  it('grants example 1: the mandate and its sub-mandate answer 201 with their ids', async () => {
    const grant = await app.post('/mandates', MEERSSEN_GRANT);
    expect([grant.status, grant.body]).toEqual([201, { id: 'mandate-gm0938-2026', position: expect.any(Number) }]);
    const sub = await app.post('/mandates/mandate-gm0938-2026/sub-mandates', MANAGER_SUB);
    expect([sub.status, sub.body]).toEqual([201, { id: 'submandate-gm0935-manager-2026', position: sub.body.position }]);
    expect(sub.body.position).toBeGreaterThan(grant.body.position);
  });

  it('refuses a grantor in a sub-mandate body with 400: it is the parent\'s grantee', async () => {
    const response = await app.post('/mandates/mandate-gm0938-2026/sub-mandates', { ...MANAGER_SUB, id: 'sub-2', grantor: 'college:GM0935' });
    expect([response.status, response.body.errors]).toEqual([400, [expect.objectContaining({ field: 'grantor' })]]);
  });

  it.each([
    ['a consent basis of an unknown type', 'consentBasis.type', { type: 'implied' }],
    ['a statutory basis that names a document too', 'consentBasis.document', { type: 'statutory', citation: 'Wgr', document: 'doc-x' }],
    ['a consent basis without its document', 'consentBasis.document', { type: 'consent' }],
  ])('refuses %s with 400 naming %s', async (_what, field, consentBasis) => {
    const response = await app.post('/mandates', { ...MEERSSEN_GRANT, id: 'mandate-x', consentBasis });
    expect([response.status, response.body.errors]).toEqual([400, [expect.objectContaining({ field })]]);
  });

  it('answers a correction of powers with 422 CORRECTION_CHANGES_LEGAL_CONTENT, not 400', async () => {
    const response = await app.post('/mandates/mandate-gm0938-2026/corrections', correction('powers', ['PW-BIJSTAND']));
    expect([response.status, response.body.code]).toEqual([422, 'CORRECTION_CHANGES_LEGAL_CONTENT']);
  });

  it('answers a ceiling correction given as text with 400 VALIDATION_FAILED on value', async () => {
    const response = await app.post('/mandates/mandate-gm0938-2026/corrections', correction('ceiling', 'twenty thousand'));
    expect([response.status, response.body.errors]).toEqual([400, [expect.objectContaining({ field: 'value' })]]);
  });

  it('takes null as a value that is present: the ceiling of EUR 25000 corrected to unlimited', async () => {
    const response = await app.post('/mandates/mandate-gm0938-2026/corrections', correction('ceiling', null));
    expect([response.status, response.body.id]).toEqual([201, 'mandate-gm0938-2026']);
  });

  it('answers a correction without value with 400 on value, rather than reading it as null', async () => {
    // Read as absent-means-empty, this would wipe the instructions: it must be refused instead.
    const response = await app.post('/mandates/mandate-gm0938-2026/corrections', { field: 'instructions', reason: 'Forgot the value' });
    expect([response.status, response.body.errors]).toEqual([400, [expect.objectContaining({ field: 'value' })]]);
  });

  it('answers a parent\'s start moved after its sub-mandate\'s start with 422 SUBMANDATE_EXCEEDS_PARENT', async () => {
    // Its end would not do: an open-ended sub-mandate lapses with its parent (domain.md).
    const response = await app.post('/mandates/mandate-gm0938-2026/corrections', correction('validFrom', '2026-02-01'));
    expect([response.status, response.body.code]).toEqual([422, 'SUBMANDATE_EXCEEDS_PARENT']);
  });

  it('shows the history oldest first to a reader, and 404 to an auditor of Vaals', async () => {
    const history = await app.get('/mandates/mandate-gm0938-2026/history', { sub: 'lezer', roles: ['reader'] });
    expect(history.status).toBe(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['MandateGranted', 'MandateCorrected']);
    expect(history.body[0]).toEqual({ position: expect.any(Number), type: 'MandateGranted', recordedAt: expect.any(String), recordedBy: 'registrar@szmh.example', data: expect.objectContaining({ mandateId: 'mandate-gm0938-2026' }) });
    const hidden = await app.get('/mandates/mandate-gm0938-2026/history', { sub: 'rekenkamer', roles: ['auditor'], municipalities: ['GM0981'] });
    expect([hidden.status, hidden.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});
