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
