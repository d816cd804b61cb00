import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, PUBLICATIONS } from '../support/szmh-parties.fixture';

/** A fresh Meerssen mandate decision, decided on 2026-01-27, with no publication yet. */
async function registerDecision(register: { client: Parameters<typeof expectCreated>[0] }): Promise<string> {
  const id = uniqueId('doc-mandate-gm0938');
  await expectCreated(register.client, '/documents', { ...DOCUMENTS.meerssenMandate, id });
  return id;
}

const PUBLICATION = { medium: 'gemeenteblad', publicationId: 'gmb-2026-80001', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' };

describeOnEveryStore('documents and publications that break a rule', (register) => {
  const publish = (documentId: string, overrides: object) => () =>
    register.client.post(`/documents/${documentId}/publications`, { ...PUBLICATION, ...overrides });

  it('IN_FORCE_BEFORE_PUBLICATION (3:40): in force on 2026-01-28, the day before it is published', async () => {
    const id = await registerDecision(register);
    await expectRefusedWithoutChange(register, publish(id, { inForceFrom: '2026-01-28' }), {
      status: 422,
      code: 'IN_FORCE_BEFORE_PUBLICATION',
      detailNames: ['3:40'],
    });
  });

  it('CHRONOLOGY: published on 2026-01-26, before the decision was taken on 2026-01-27', async () => {
    const id = await registerDecision(register);
    await expectRefusedWithoutChange(register, publish(id, { publishedOn: '2026-01-26', inForceFrom: '2026-01-27' }), {
      status: 422,
      code: 'CHRONOLOGY',
    });
  });

  it('CHRONOLOGY: a decision taken on a day that has not come yet', async () => {
    const decidedOn = `${new Date().getUTCFullYear() + 1}-01-27`;
    const body = { ...DOCUMENTS.meerssenMandate, id: uniqueId('doc-future'), decidedOn };
    await expectRefusedWithoutChange(register, () => register.client.post('/documents', body), { status: 422, code: 'CHRONOLOGY' });
  });

  it.each([
    ['a staatscourant form in the gemeenteblad', 'stcrt-2026-12345'],
    ['a two-digit year', 'gmb-26-12345'],
    ['no number', 'gmb-2026-'],
    ['upper case', 'GMB-2026-12345'],
  ])('INVALID_PUBLICATION_ID: a gemeenteblad id with %s', async (_what, publicationId) => {
    const id = await registerDecision(register);
    await expectRefusedWithoutChange(register, publish(id, { publicationId }), {
      status: 422,
      code: 'INVALID_PUBLICATION_ID',
      detailNames: [publicationId],
    });
  });

  it('INVALID_PUBLICATION_ID (3:42): a gemeenteblad number of 2025 for a publication of 2026-01-29', async () => {
    const id = await registerDecision(register);
    await expectRefusedWithoutChange(register, publish(id, { publicationId: 'gmb-2025-80001' }), {
      status: 422,
      code: 'INVALID_PUBLICATION_ID',
      detailNames: ['gmb-2025-80001', '2026-01-29'],
    });
  });

  it('UNKNOWN_REFERENCE: a publisher of a municipality the register does not know, and 400 for a publisher that is a function', async () => {
    const id = await registerDecision(register);
    await expectRefusedWithoutChange(register, publish(id, { publisher: 'college:GM0363' }), { status: 422, code: 'UNKNOWN_REFERENCE', detailNames: ['college:GM0363'] });
    await expectRefusedWithoutChange(register, publish(id, { publisher: 'GM0935.manager-sociale-zekerheid' }), { status: 400, code: 'VALIDATION_FAILED' });
  });

  it("records a Meerssen decision published in Maastricht's gemeenteblad: it happened, whatever it brings into force", async () => {
    const id = await registerDecision(register);
    await expectCreated(register.client, `/documents/${id}/publications`, { ...PUBLICATION, publicationId: 'gmb-2026-80002', publisher: 'college:GM0935' });
  });

  it('DUPLICATE_PUBLICATION: an identifier that already names the publication of another decision', async () => {
    const id = await registerDecision(register);
    const taken = PUBLICATIONS.meerssenMandate.publicationId;
    await expectRefusedWithoutChange(register, publish(id, { publicationId: taken }), {
      status: 422,
      code: 'DUPLICATE_PUBLICATION',
      detailNames: [taken],
    });
  });

  it('UNKNOWN_REFERENCE: a document decided by a function the register does not know', async () => {
    const body = { ...DOCUMENTS.meerssenMandate, id: uniqueId('doc-unknown-organ'), decidedBy: ['GM0938.bestaat-niet'] };
    await expectRefusedWithoutChange(register, () => register.client.post('/documents', body), {
      status: 422,
      code: 'UNKNOWN_REFERENCE',
      detailNames: ['GM0938.bestaat-niet'],
    });
  });

  it('DECISION_DOCUMENT_REQUIRED: a participant exit whose decision is not registered', async () => {
    await expectRefusedWithoutChange(
      register,
      () => register.client.post('/participants/GM0994/exit', { exitOn: '2026-07-01', decision: 'doc-exit-onbekend' }),
      { status: 422, code: 'DECISION_DOCUMENT_REQUIRED', detailNames: ['doc-exit-onbekend'] },
    );
  });

  it.each([
    ['DECISION_NOT_OF_GRANTOR', 'decided by the council, whose consent is not the decision (art. 21 lid 1)', { type: 'exit-decision', decidedBy: ['raad:GM0994'] }],
    ['DOCUMENT_TYPE_MISMATCH', 'that is no exit decision', { type: 'other', decidedBy: ['college:GM0994'] }],
  ])('%s: the exit of Valkenburg by a decision %s', async (code, _what, changes) => {
    const decision = { id: uniqueId('doc-exit-gm0994'), title: 'Uittreding Valkenburg', decidedOn: '2026-03-01', concerns: ['GM0994'], ...changes };
    await expectCreated(register.client, '/documents', decision);
    await expectRefusedWithoutChange(register, () => register.client.post('/participants/GM0994/exit', { exitOn: '2027-01-01', decision: decision.id }), {
      status: 422,
      code,
      detailNames: ['art. 21 lid 1'],
    });
  });

  it('NOT_A_PARTICIPANT: the exit of Eijsden-Margraten, which already left on 2021-07-01', async () => {
    await expectRefusedWithoutChange(
      register,
      () => register.client.post('/participants/GM1903/exit', { exitOn: '2026-07-01', decision: DOCUMENTS.exitEijsdenMargraten.id }),
      { status: 422, code: 'NOT_A_PARTICIPANT', detailNames: ['GM1903'] },
    );
  });

  it('UNKNOWN_REFERENCE: a function of a municipality that is not a participant', async () => {
    const body = { id: 'GM0888.consulent', name: 'Consulent', municipality: 'GM0888' };
    await expectRefusedWithoutChange(register, () => register.client.post('/functions', body), {
      status: 422,
      code: 'UNKNOWN_REFERENCE',
      detailNames: ['GM0888'],
    });
  });
});
