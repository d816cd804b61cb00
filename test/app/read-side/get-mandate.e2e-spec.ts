import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, PUBLICATIONS, STATUTORY_BASIS } from '../support/szmh-parties.fixture';

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

describeOnEveryStore('GET /mandates/{id}', (register) => {
  const get = (id: string, query: string, as: 'registrar' | 'auditor' | 'reader' = 'reader') => register.client.get(`/mandates/${id}?${query}`, { as });
  const statusOf = async (id: string, query: string) => {
    const response = await get(id, query);
    expect(response.status).toBe(200);
    return { status: response.body.status, inForce: response.body.inForce };
  };

  it('answers a granted mandate with its recorded facts, the publication of its decision, and its status on validOn', async () => {
    const granted = await grantMeerssenMandate(register.client);
    const response = await get(granted.id, 'validOn=2026-02-15');
    const { id, consentBasis, ...terms } = granted.body;
    const { medium: _medium, ...publication } = PUBLICATIONS.meerssenMandate;
    expect([response.status, response.body]).toEqual([
      200,
      { id, ...terms, consentBasis, parentMandateId: null, decidedOn: DOCUMENTS.meerssenMandate.decidedOn, revokedFrom: null, publication, status: 'valid', inForce: true },
    ]);
  });

  it('answers not-yet-valid before validFrom, valid but not in force before the decision is (axis=inForce: not-yet-valid), and in force from inForceFrom', async () => {
    const { id } = await grantMeerssenMandate(register.client);
    await expect(statusOf(id, 'validOn=2025-12-31')).resolves.toEqual({ status: 'not-yet-valid', inForce: false });
    await expect(statusOf(id, 'validOn=2026-01-29')).resolves.toEqual({ status: 'valid', inForce: false });
    await expect(statusOf(id, 'validOn=2026-01-29&axis=inForce')).resolves.toEqual({ status: 'not-yet-valid', inForce: false });
    await expect(statusOf(id, 'validOn=2026-01-30&axis=inForce')).resolves.toEqual({ status: 'valid', inForce: true });
  });

  it('answers a retroactive grant valid on axis=valid for a validOn before its decision was taken (decided 2026-01-27, valid from 2026-01-01)', async () => {
    const { id } = await grantMeerssenMandate(register.client);
    await expect(statusOf(id, 'validOn=2026-01-15&axis=valid')).resolves.toEqual({ status: 'valid', inForce: false });
  });

  it('shows a sub-mandate lapsed from the date its parent is revoked, valid the day before, and the parent itself revoked', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    // Published before validUntil, so the revocation also ends the mandate on the inForce axis from validUntil (Awb 10:8 with 3:40).
    const decision = uniqueId('doc-revocation-gm0938');
    await expectCreated(register.client, '/documents', { ...DOCUMENTS.meerssenRevocation, id: decision });
    await expectCreated(register.client, `/documents/${decision}/publications`, { medium: 'gemeenteblad', publicationId: 'gmb-2026-83001', publishedOn: '2026-06-20', inForceFrom: '2026-06-21' });
    const revoked = await expectCreated(register.client, `/mandates/${parent.id}/revocations`, { decision, validUntil: '2026-07-01' });
    await expect(statusOf(sub.id, 'validOn=2026-06-30')).resolves.toEqual({ status: 'valid', inForce: true });
    await expect(statusOf(sub.id, 'validOn=2026-07-01')).resolves.toEqual({ status: 'lapsed', inForce: false });
    await expect(statusOf(sub.id, 'validOn=2026-07-02')).resolves.toEqual({ status: 'lapsed', inForce: false });
    await expect(statusOf(parent.id, 'validOn=2026-07-02')).resolves.toEqual({ status: 'revoked', inForce: false });
    // Example 3: as known before the revocation was recorded, 2026-07-02 is still valid.
    await expect(statusOf(sub.id, `validOn=2026-07-02&knownAt=${await instantBefore(register, revoked.position)}`)).resolves.toEqual({ status: 'valid', inForce: true });
    const parentAfter = await get(parent.id, 'validOn=2026-07-02');
    expect(parentAfter.body).toMatchObject({ validUntil: '2026-07-01', revokedFrom: '2026-07-01' });
  });

  it('shows the old validFrom when known before the correction, the corrected one after it (example 4)', async () => {
    const wrong = await grantMeerssenMandate(register.client, { validFrom: '2026-02-01' });
    const correction = { field: 'validFrom', value: '2026-01-01', reason: '2026-02-01 was typed in by mistake', evidence: DOCUMENTS.meerssenMandate.id };
    const corrected = await expectCreated(register.client, `/mandates/${wrong.id}/corrections`, correction);
    const before = await get(wrong.id, `validOn=2026-01-15&knownAt=${await instantBefore(register, corrected.position)}`);
    expect([before.status, before.body.validFrom, before.body.status]).toEqual([200, '2026-02-01', 'not-yet-valid']);
    const after = await get(wrong.id, 'validOn=2026-01-15');
    expect([after.status, after.body.validFrom, after.body.status]).toEqual([200, '2026-01-01', 'valid']);
  });

  it('answers 404 to an auditor of Vaals for a Meerssen mandate, as if it did not exist, and shows them a Vaals mandate', async () => {
    const meerssen = await grantMeerssenMandate(register.client);
    expectProblem(await get(meerssen.id, 'validOn=2026-02-15', 'auditor'), 404, 'NOT_FOUND');

    const vaalsDecision = { id: uniqueId('doc-mandate-gm0981'), type: 'mandate-decision', title: 'Mandaatbesluit SZMH Vaals', decidedOn: '2026-01-27', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
    await expectCreated(register.client, '/documents', vaalsDecision);
    const vaals = await grantMeerssenMandate(register.client, {
      id: uniqueId('mandate-gm0981'),
      grantor: 'college:GM0981',
      municipalities: ['GM0981'],
      consentBasis: STATUTORY_BASIS,
      decision: vaalsDecision.id,
    });
    const asAuditor = await get(vaals.id, 'validOn=2026-02-15', 'auditor');
    // Its decision has no publication yet: valid, but not in force.
    expect([asAuditor.status, asAuditor.body.id, asAuditor.body.publication, asAuditor.body.status, asAuditor.body.inForce]).toEqual([200, vaals.id, null, 'valid', false]);
  });

  it('answers 404 for an unknown id, and for a mandate asked about before its grant was recorded', async () => {
    expectProblem(await get('mandate-never-granted', 'validOn=2026-02-15'), 404, 'NOT_FOUND');
    const granted = await grantMeerssenMandate(register.client);
    expectProblem(await get(granted.id, `validOn=2026-02-15&knownAt=${await instantBefore(register, granted.position)}`), 404, 'NOT_FOUND');
  });

  // Last: Meerssen leaving changes the answer for every Meerssen mandate from its exit date.
  it('shows a mandate and its sub-mandate lapsed from the date Meerssen leaves the arrangement (GR SZMH art. 21)', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    const exitDecision = { id: uniqueId('doc-exit-gm0938'), type: 'exit-decision', title: 'Besluit uittreding Meerssen', decidedOn: '2026-08-20', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
    await expectCreated(register.client, '/documents', exitDecision);
    await expectCreated(register.client, '/participants/GM0938/exit', { exitOn: '2026-10-01', decision: exitDecision.id });
    await expect(statusOf(parent.id, 'validOn=2026-09-30')).resolves.toEqual({ status: 'valid', inForce: true });
    await expect(statusOf(parent.id, 'validOn=2026-10-01')).resolves.toEqual({ status: 'lapsed', inForce: false });
    await expect(statusOf(sub.id, 'validOn=2026-10-01&axis=inForce')).resolves.toEqual({ status: 'lapsed', inForce: false });
  });

  it('refuses an unknown axis with 400 VALIDATION_FAILED naming the parameter', async () => {
    const response = await get('mandate-never-granted', 'axis=recorded');
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'axis' })]);
  });
});
