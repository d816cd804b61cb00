import { createHash } from 'node:crypto';
import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { agreementBody } from '../support/szmh-agreements.fixture';
import { DOCUMENTS, expectCreated, PUBLICATIONS } from '../support/szmh-parties.fixture';

const CONTENT = 'Dienstverleningsovereenkomst SZMH tussen Maastricht en Vaals, 2026.';

/** A service agreement with Vaals for the calendar year 2026: its term is the validity of its original text. */
const VAALS_AGREEMENT = {
  id: 'doc-dvo-gm0981-2026',
  type: 'agreement',
  title: 'Dienstverleningsovereenkomst SZMH Vaals 2026',
  decidedOn: '2025-12-10',
  decidedBy: ['college:GM0935', 'college:GM0981'],
  concerns: ['GM0981'],
  parties: ['college:GM0935', 'college:GM0981'],
  content: CONTENT,
  term: { from: '2026-01-01', until: '2027-01-01' },
};
/** In force from the Monday after its publication, so the days between tell the axes apart. */
const AGREEMENT_PUBLICATION = { medium: 'gemeenteblad', publicationId: 'gmb-2026-93001', publishedOn: '2026-02-12', inForceFrom: '2026-02-16' };
const ORIGINAL_TEXT = {
  version: 1,
  amendmentId: null,
  validFrom: '2026-01-01',
  validUntil: '2027-01-01',
  contentSha256: createHash('sha256').update(CONTENT, 'utf8').digest('hex'),
};

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

describeOnEveryStore('GET /documents/{id}', (register) => {
  let publication: { position: number };
  let registeredBeforePublication: string;

  beforeAll(async () => {
    await expectCreated(register.client, '/documents', VAALS_AGREEMENT);
    publication = await expectCreated(register.client, `/documents/${VAALS_AGREEMENT.id}/publications`, AGREEMENT_PUBLICATION);
    registeredBeforePublication = await instantBefore(register, publication.position);
  });

  const get = (query: string, as: 'registrar' | 'auditor' | 'reader' = 'reader') => register.client.get(`/documents/${VAALS_AGREEMENT.id}?${query}`, { as });

  it('shows a document registered with content, the SHA-256 of that content, its publication and its original text valid for its term', async () => {
    const response = await get('validOn=2026-03-01');
    expect([response.status, response.body]).toEqual([
      200,
      {
        id: VAALS_AGREEMENT.id,
        type: 'agreement',
        title: VAALS_AGREEMENT.title,
        decidedOn: '2025-12-10',
        decidedBy: ['college:GM0935', 'college:GM0981'],
        concerns: ['GM0981'],
        contentSha256: ORIGINAL_TEXT.contentSha256,
        // The agreement's first organ publishes it (publisher.ts): in its own sheet, the publication counts.
        publications: [{ ...AGREEMENT_PUBLICATION, amendmentId: null, publisher: 'college:GM0935', bringsIntoForce: true }],
        versions: [{ ...ORIGINAL_TEXT, decidedOn: '2025-12-10', inForceFrom: null }],
        amendments: [],
        versionInForce: ORIGINAL_TEXT,
      },
    ]);
  });

  it.each([
    ['the first day of the term', '2026-01-01', ORIGINAL_TEXT],
    ['the day before the term', '2025-12-31', null],
    ['the day the term ends (validUntil is exclusive)', '2027-01-01', null],
  ])('on axis=valid answers for %s the version whose term holds it, or null', async (_, validOn, expected) => {
    const response = await get(`validOn=${validOn}&axis=valid`);
    expect([response.status, response.body.versionInForce]).toEqual([200, expected]);
  });

  it('on axis=inForce answers null before inForceFrom, though valid, and the original text from inForceFrom on (Awb 3:40)', async () => {
    const before = await get('validOn=2026-02-15&axis=inForce');
    const from = await get('validOn=2026-02-16&axis=inForce');
    expect([before.body.versionInForce, from.body.versionInForce]).toEqual([null, ORIGINAL_TEXT]);
  });

  it('known just before the publication was recorded: no publications, so on axis=inForce nothing is in force', async () => {
    const response = await get(`validOn=2026-03-01&axis=inForce&knownAt=${registeredBeforePublication}`);
    expect([response.status, response.body.publications, response.body.versionInForce]).toEqual([200, [], null]);
    const valid = await get(`validOn=2026-03-01&knownAt=${registeredBeforePublication}`);
    expect(valid.body.versionInForce).toEqual(ORIGINAL_TEXT);
  });

  it('shows a seeded decision without content with a null contentSha256 and its publication', async () => {
    const response = await register.client.get(`/documents/${DOCUMENTS.maastrichtSubMandate.id}?validOn=2026-01-30&axis=inForce`);
    expect(response.body).toMatchObject({ contentSha256: null, publications: [PUBLICATIONS.maastrichtSubMandate] });
    expect(response.body.versionInForce).toEqual({ version: 1, amendmentId: null, validFrom: '2026-01-27', validUntil: null, contentSha256: null });
  });

  it('answers an auditor of Vaals with the Vaals agreement, and 404 for a document that concerns only Meerssen', async () => {
    const vaals = await get('validOn=2026-03-01', 'auditor');
    expect([vaals.status, vaals.body.id]).toEqual([200, VAALS_AGREEMENT.id]);
    const meerssen = await register.client.get(`/documents/${DOCUMENTS.meerssenMandate.id}`, { as: 'auditor' });
    expectProblem(meerssen, 404, 'NOT_FOUND');
    const asReader = await register.client.get(`/documents/${DOCUMENTS.meerssenMandate.id}`, { as: 'reader' });
    expect(asReader.status).toBe(200);
  });

  it('answers 404 NOT_FOUND for an id the register does not know, and for a document asked before it was registered', async () => {
    expectProblem(await register.client.get('/documents/doc-unknown'), 404, 'NOT_FOUND');
    const [first] = await register.store.readAll({ limit: 1 });
    expectProblem(await get(`knownAt=${first.recordedAt}`), 404, 'NOT_FOUND');
  });

  it.each([
    ['a validOn that is no date', 'validOn=2026-13-01', 'validOn'],
    ['an unknown axis', 'axis=recorded', 'axis'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the parameter', async (_, query, field) => {
    const response = await get(query);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses a caller without a token with 401', async () => {
    expectProblem(await register.client.get(`/documents/${VAALS_AGREEMENT.id}`, { as: 'anonymous' }), 401, 'UNAUTHENTICATED');
  });

  describe('after a retroactive amendment: valid from 2026-01-01, adopted on 2026-03-01', () => {
    const AMENDED = { ...agreementBody('dvo-gm0938-2025'), decidedOn: '2024-12-10', term: { from: '2025-01-01', until: '2028-01-01' } };
    const AMENDMENT = { id: 'dvo-gm0938-2025-w1', summary: 'Kostenverdeling herzien', content: 'Nieuwe kostenverdeling.', validFrom: '2026-01-01' };
    const CONSENT = { id: 'doc-instemming-gm0938', type: 'other', title: 'Instemming wijziging DVO', decidedOn: '2026-02-25', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    // As known now: the original cut short where the amendment starts; version 2 in force from its adoption.
    const ORIGINAL = { version: 1, amendmentId: null, validFrom: '2025-01-01', validUntil: '2026-01-01', contentSha256: sha256(AMENDED.content) };
    const AMENDED_TEXT = { version: 2, amendmentId: AMENDMENT.id, validFrom: '2026-01-01', validUntil: '2028-01-01', contentSha256: sha256(AMENDMENT.content) };
    const APPROVALS = [
      { organ: 'college:GM0935', decision: null, approvedOn: '2026-02-20' },
      { organ: 'college:GM0938', decision: CONSENT.id, approvedOn: '2026-02-25' },
    ];
    let beforeAdoption: string;

    beforeAll(async () => {
      const amendment = `/documents/${AMENDED.id}/amendments/${AMENDMENT.id}`;
      const steps: Array<[string, object]> = [
        ['/documents', AMENDED],
        ['/documents', CONSENT],
        [`/documents/${AMENDED.id}/publications`, { medium: 'gemeenteblad', publicationId: 'gmb-2025-93002', publishedOn: '2025-01-10', inForceFrom: '2025-01-15' }],
        [`/documents/${AMENDED.id}/amendments`, AMENDMENT],
        [`${amendment}/approvals`, { organ: 'college:GM0935', approvedOn: '2026-02-20' }],
        [`${amendment}/approvals`, { organ: 'college:GM0938', decision: CONSENT.id }],
      ];
      for (const [path, body] of steps) await expectCreated(register.client, path, body);
      const adoption = await expectCreated(register.client, `${amendment}/adoption`, { adoptedOn: '2026-03-01' });
      beforeAdoption = await instantBefore(register, adoption.position);
    });

    const versionOn = async (query: string) => {
      const response = await register.client.get(`/documents/${AMENDED.id}?${query}`, { as: 'reader' });
      expect(response.status).toBe(200);
      return response.body.versionInForce;
    };

    it('answers on 2026-02-01 the amended text on axis=valid, and on axis=inForce the original, which was in force that day', async () => {
      await expect(versionOn('validOn=2026-02-01&axis=valid')).resolves.toEqual(AMENDED_TEXT);
      await expect(versionOn('validOn=2026-02-01&axis=inForce')).resolves.toEqual(ORIGINAL);
    });

    it('answers on 2026-03-15, after the adoption, the amended text on both axes', async () => {
      await expect(versionOn('validOn=2026-03-15&axis=valid')).resolves.toEqual(AMENDED_TEXT);
      await expect(versionOn('validOn=2026-03-15&axis=inForce')).resolves.toEqual(AMENDED_TEXT);
    });

    it('known just before the adoption was recorded: the original, valid for the whole term, on both axes and both days', async () => {
      const uncut = { ...ORIGINAL, validUntil: '2028-01-01' };
      for (const query of ['validOn=2026-02-01&axis=valid', 'validOn=2026-02-01&axis=inForce', 'validOn=2026-03-15&axis=valid', 'validOn=2026-03-15&axis=inForce']) {
        await expect(versionOn(`${query}&knownAt=${beforeAdoption}`)).resolves.toEqual(uncut);
      }
    });

    it('lists both versions and the amendment with its approvals; before the adoption, the amendment as proposed', async () => {
      const now = await register.client.get(`/documents/${AMENDED.id}`);
      const amendment = { id: AMENDMENT.id, summary: AMENDMENT.summary, validFrom: '2026-01-01', contentSha256: AMENDED_TEXT.contentSha256, approvals: APPROVALS };
      expect(now.body.versions).toEqual([
        { ...ORIGINAL, decidedOn: '2024-12-10', inForceFrom: null },
        { ...AMENDED_TEXT, decidedOn: '2026-03-01', inForceFrom: '2026-03-01' },
      ]);
      expect(now.body.amendments).toEqual([{ ...amendment, status: 'adopted', adoptedOn: '2026-03-01', version: 2 }]);
      const then = await register.client.get(`/documents/${AMENDED.id}?knownAt=${beforeAdoption}`);
      expect(then.body.amendments).toEqual([{ ...amendment, status: 'proposed', adoptedOn: null, version: null }]);
    });

    it('answers an auditor of Vaals 404 NOT_FOUND: the agreement concerns Maastricht and Meerssen only', async () => {
      expectProblem(await register.client.get(`/documents/${AMENDED.id}?validOn=2026-02-01`, { as: 'auditor' }), 404, 'NOT_FOUND');
    });
  });
});
