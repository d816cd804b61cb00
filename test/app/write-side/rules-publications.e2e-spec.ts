import { expectCreatedAnswer } from '../support/created-answer';
import { expectProblem, expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

const PUBLISHED = { medium: 'gemeenteblad', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' };

/** A fresh Meerssen mandate decision of 2026-01-27, published as `publicationId`. */
async function publishedDecision(register: SeededRegister, publicationId: string): Promise<string> {
  const id = uniqueId('doc-mandate-gm0938');
  await expectCreated(register.client, '/documents', { ...DOCUMENTS.meerssenMandate, id });
  await expectCreated(register.client, `/documents/${id}/publications`, { ...PUBLISHED, publicationId });
  return id;
}

/** An arrangement of all five, its amendment `gr-<n>` proposed and, unless `adopt` is false, approved by every college and council and adopted on 2025-01-14. */
async function arrangementWithAmendment(register: SeededRegister, adopt = true): Promise<{ id: string; amendmentId: string }> {
  const codes = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'];
  const id = uniqueId('doc-gr-szmh');
  const amendmentId = uniqueId('gr');
  const arrangement = { id, type: 'arrangement', title: 'Centrumregeling SZMH', decidedOn: '2015-11-24', decidedBy: codes.map((code) => `college:${code}`), concerns: codes };
  await expectCreated(register.client, '/documents', arrangement);
  await expectCreated(register.client, `/documents/${id}/amendments`, { id: amendmentId, summary: 'Centrumregeling SZMH 2025', validFrom: '2025-04-10' });
  if (!adopt) return { id, amendmentId };
  for (const organ of codes.flatMap((code) => [`raad:${code}`, `college:${code}`])) {
    await expectCreated(register.client, `/documents/${id}/amendments/${amendmentId}/approvals`, { organ, approvedOn: '2024-12-17' });
  }
  await expectCreated(register.client, `/documents/${id}/amendments/${amendmentId}/adoption`, { adoptedOn: '2025-01-14' });
  return { id, amendmentId };
}

const AMENDMENT_PUBLICATION = { medium: 'gemeenteblad', publishedOn: '2025-04-09', inForceFrom: '2025-04-10' };

describeOnEveryStore('corrections of publications and publications of amendments', (register) => {
  let numbered = 81100;
  const correct = (id: string, publicationId: string, body: object, as: 'registrar' | 'publication-officer' = 'registrar') =>
    register.client.post(`/documents/${id}/publications/${publicationId}/corrections`, { reason: 'verkeerd overgenomen', ...body }, { as });

  it('corrects a mistyped number: 201 with the new number, the document showing it, the old one known before and free for another decision', async () => {
    const id = await publishedDecision(register, 'gmb-2026-81001');
    const before = await register.logSnapshot();
    const response = await correct(id, 'gmb-2026-81001', { field: 'publicationId', value: 'gmb-2026-81002' }, 'publication-officer');
    expectCreatedAnswer(response, before, await register.logSnapshot());
    expect(response.body).toMatchObject({ id, publicationId: 'gmb-2026-81002' });
    const [event] = await register.store.readAll({ fromPosition: response.body.position - 1, limit: 1 });
    const known = async (knownAt: string) => (await register.client.get(`/documents/${id}?knownAt=${knownAt}`)).body.publications.map((p: { publicationId: string }) => p.publicationId);
    await expect(known(new Date(Date.parse(event.recordedAt) - 1).toISOString())).resolves.toEqual(['gmb-2026-81001']);
    await expect(known(event.recordedAt)).resolves.toEqual(['gmb-2026-81002']);
    await publishedDecision(register, 'gmb-2026-81001');
    const other = await publishedDecision(register, 'gmb-2026-81003');
    await expectRefusedWithoutChange(register, () => correct(other, 'gmb-2026-81003', { field: 'publicationId', value: 'gmb-2026-81002' }), { status: 422, code: 'DUPLICATE_PUBLICATION' });
  });

  it.each([
    ['INVALID_PUBLICATION_ID: a gemeenteblad number of another year', { field: 'publicationId', value: 'gmb-2025-81010' }, 422, 'INVALID_PUBLICATION_ID'],
    ['IN_FORCE_BEFORE_PUBLICATION: in force before it was published (3:40)', { field: 'inForceFrom', value: '2026-01-28' }, 422, 'IN_FORCE_BEFORE_PUBLICATION'],
    ['CHRONOLOGY: published before the decision was taken', { field: 'publishedOn', value: '2026-01-26' }, 422, 'CHRONOLOGY'],
    ['UNKNOWN_REFERENCE: a publisher of a municipality the register does not know', { field: 'publisher', value: 'college:GM0363' }, 422, 'UNKNOWN_REFERENCE'],
    ['400: a field that may not be corrected', { field: 'documentId', value: 'x' }, 400, 'VALIDATION_FAILED'],
    ['400: a publisher that is a function', { field: 'publisher', value: 'GM0935.manager-sociale-zekerheid' }, 400, 'VALIDATION_FAILED'],
    ['400: a value it already has', { field: 'inForceFrom', value: '2026-01-30' }, 400, 'VALIDATION_FAILED'],
    ['400: no reason', { field: 'inForceFrom', value: '2026-01-31', reason: ' ' }, 400, 'VALIDATION_FAILED'],
  ])('refuses a correction, storing nothing: %s', async (_, body, status, code) => {
    numbered += 1;
    const id = await publishedDecision(register, `gmb-2026-${numbered}`);
    const [publication] = (await register.client.get(`/documents/${id}`)).body.publications;
    await expectRefusedWithoutChange(register, () => correct(id, publication.publicationId, body), { status, code });
  });

  it('answers 422 UNKNOWN_REFERENCE, storing nothing, for a publication the document does not have', async () => {
    const id = await publishedDecision(register, 'gmb-2026-81020');
    await expectRefusedWithoutChange(register, () => correct(id, 'gmb-2026-81021', { field: 'inForceFrom', value: '2026-01-31' }), { status: 422, code: 'UNKNOWN_REFERENCE', detailNames: ['gmb-2026-81021'] });
  });

  it('repeats the first answer to a correction under the same Idempotency-Key and records nothing more', async () => {
    const id = await publishedDecision(register, 'gmb-2026-81030');
    const body = { field: 'publicationId', value: 'gmb-2026-81031', reason: 'verkeerd overgenomen' };
    const first = await register.client.post(`/documents/${id}/publications/gmb-2026-81030/corrections`, body, { idempotencyKey: 'correct-81030' });
    const after = await register.logSnapshot();
    const retry = await register.client.post(`/documents/${id}/publications/gmb-2026-81030/corrections`, body, { idempotencyKey: 'correct-81030' });
    expect([first.status, retry.status, retry.body, retry.headers['idempotent-replayed']]).toEqual([201, 201, first.body, 'true']);
    await expect(register.logSnapshot()).resolves.toEqual(after);
  });

  it('publishes an adopted amendment of the arrangement: 201 from a publication officer, shown on the document with its amendment', async () => {
    const { id, amendmentId } = await arrangementWithAmendment(register);
    const response = await register.client.post(`/documents/${id}/amendments/${amendmentId}/publications`, { ...AMENDMENT_PUBLICATION, publicationId: 'gmb-2025-81040' }, { as: 'publication-officer' });
    expect([response.status, response.body]).toEqual([201, { id, publicationId: 'gmb-2025-81040', position: expect.any(Number) }]);
    const document = await register.client.get(`/documents/${id}`);
    expect(document.body.publications).toEqual([
      { medium: 'gemeenteblad', publicationId: 'gmb-2025-81040', publishedOn: '2025-04-09', inForceFrom: '2025-04-10', amendmentId, publisher: 'college:GM0935', bringsIntoForce: true },
    ]);
  });

  it('refuses, storing nothing, an amendment not yet adopted (CHRONOLOGY), one the arrangement lacks (UNKNOWN_REFERENCE) and one of an agreement (DOCUMENT_TYPE_MISMATCH)', async () => {
    const proposed = await arrangementWithAmendment(register, false);
    const publish = (id: string, amendmentId: string) => () => register.client.post(`/documents/${id}/amendments/${amendmentId}/publications`, { ...AMENDMENT_PUBLICATION, publicationId: 'gmb-2025-81050' });
    await expectRefusedWithoutChange(register, publish(proposed.id, proposed.amendmentId), { status: 422, code: 'CHRONOLOGY', detailNames: ['27'] });
    await expectRefusedWithoutChange(register, publish(proposed.id, 'gr-unknown'), { status: 422, code: 'UNKNOWN_REFERENCE' });
    const agreement = uniqueId('dvo-gm0938');
    const body = { id: agreement, type: 'agreement', title: 'DVO Meerssen', decidedOn: '2026-01-27', decidedBy: ['college:GM0935', 'college:GM0938'], concerns: ['GM0938'], parties: ['college:GM0935', 'college:GM0938'], term: { from: '2026-01-01', until: '2028-01-01' } };
    await expectCreated(register.client, '/documents', body);
    await expectCreated(register.client, `/documents/${agreement}/amendments`, { id: 'wijziging-1', summary: 'Kosten', validFrom: '2026-07-01' });
    await expectRefusedWithoutChange(register, publish(agreement, 'wijziging-1'), { status: 422, code: 'DOCUMENT_TYPE_MISMATCH', detailNames: ['27'] });
  });

  it('answers 403 to a reader who tries to correct a publication', async () => {
    const id = await publishedDecision(register, 'gmb-2026-81060');
    expectProblem(await register.client.post(`/documents/${id}/publications/gmb-2026-81060/corrections`, { field: 'inForceFrom', value: '2026-01-31', reason: 'x' }, { as: 'reader' }), 403, 'FORBIDDEN');
  });
});
