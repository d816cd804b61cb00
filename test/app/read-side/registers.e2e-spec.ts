import type request from 'supertest';
import type { Response } from 'supertest';
import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, MANAGER, PUBLICATIONS, STATUTORY_BASIS } from '../support/szmh-parties.fixture';

type Entry = { mandateId: string } & Record<string, unknown>;

const CSV_HEADER = 'mandateId,parentMandateId,kind,grantor,grantee,power,municipalities,ceiling,subMandateAllowed,validFrom,validUntil,inForceFrom,decision,publication';

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

/** A decision of the Meerssen college that is never published, so what it grants is valid but never in force. */
async function unpublishedMeerssenDecision(register: SeededRegister): Promise<string> {
  const decision = { id: uniqueId('doc-mandate-gm0938-unpublished'), type: 'mandate-decision', title: 'Mandaatbesluit SZMH Meerssen, aanvulling', decidedOn: '2026-01-27', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
  await expectCreated(register.client, '/documents', decision);
  return decision.id;
}

describeOnEveryStore('GET /registers/{organ} and /registers/{organ}/received', (register) => {
  const get = (path: string, as: 'auditor' | 'reader' = 'reader') => register.client.get(path, { as });
  /** The register's entries among `ids` (other tests add mandates to the same register), in the register's order. */
  const entriesOf = async (path: string, ids: readonly string[], as: 'auditor' | 'reader' = 'reader'): Promise<Entry[]> => {
    const response = await get(path, as);
    expect(response.status).toBe(200);
    return (response.body.entries as Entry[]).filter((entry) => ids.includes(entry.mandateId));
  };
  const idsIn = async (path: string, ids: readonly string[]) => (await entriesOf(path, ids)).map((entry) => entry.mandateId);
  // The client sends the request only when awaited, so the Accept header can still be set on what it returns.
  const getCsv = (path: string): Promise<Response> => (register.client.get(path, { as: 'reader' }) as unknown as request.Test).set('Accept', 'text/csv');

  it('lists the Meerssen mandate and the sub-mandate below it in the register of college:GM0938, with the question asked', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    // Asked after both were recorded (the store stamps recordedAt with the real clock): a fixed instant would lie before them one day.
    const knownAt = new Date().toISOString();
    const response = await get(`/registers/college:GM0938?validOn=2026-02-15&knownAt=${knownAt}`);
    expect(response.body).toMatchObject({ organ: 'college:GM0938', validOn: '2026-02-15', knownAt, axis: 'valid' });
    const { medium: _medium, ...publication } = PUBLICATIONS.meerssenMandate;
    const { medium: _subMedium, ...subPublication } = PUBLICATIONS.maastrichtSubMandate;
    expect(response.body.entries.filter((entry: Entry) => [parent.id, sub.id].includes(entry.mandateId))).toEqual([
      {
        mandateId: parent.id,
        parentMandateId: null,
        kind: 'mandaat',
        grantor: 'college:GM0938',
        grantee: 'college:GM0935',
        powers: ['PW-BIJSTAND', 'PW-TERUGVORDERING'],
        municipalities: ['GM0938'],
        ceiling: 25000,
        subMandateAllowed: ['PW-BIJSTAND'],
        validFrom: '2026-01-01',
        validUntil: null,
        inForceFrom: '2026-01-30',
        decision: DOCUMENTS.meerssenMandate.id,
        publication,
      },
      expect.objectContaining({ mandateId: sub.id, parentMandateId: parent.id, grantor: 'college:GM0935', grantee: MANAGER, powers: ['PW-BIJSTAND'], inForceFrom: '2026-01-30', publication: subPublication }),
    ]);
  });

  it('lists the mandate and its sub-mandate in the received register of college:GM0935, and the sub-mandate alone in that of the manager', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    await expect(idsIn('/registers/college:GM0935/received?validOn=2026-02-15', [parent.id, sub.id])).resolves.toEqual([parent.id, sub.id]);
    await expect(idsIn(`/registers/${MANAGER}/received?validOn=2026-02-15`, [parent.id, sub.id])).resolves.toEqual([sub.id]);
    // The Maastricht college granted the sub-mandate but no original mandate: its own register of art 5 lid 3 holds neither.
    await expect(idsIn('/registers/college:GM0935?validOn=2026-02-15', [parent.id, sub.id])).resolves.toEqual([]);
  });

  it('leaves a revoked mandate and its sub-mandate out from the revocation date on (derived lapse), and keeps them the day before', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    await expectCreated(register.client, `/mandates/${parent.id}/revocations`, { decision: DOCUMENTS.meerssenRevocation.id, validUntil: '2026-07-01' });
    await expect(idsIn('/registers/college:GM0938?validOn=2026-06-30', [parent.id, sub.id])).resolves.toEqual([parent.id, sub.id]);
    await expect(idsIn('/registers/college:GM0938?validOn=2026-07-01', [parent.id, sub.id])).resolves.toEqual([]);
    await expect(idsIn('/registers/college:GM0935/received?validOn=2026-07-01', [parent.id, sub.id])).resolves.toEqual([]);
    const before = await entriesOf('/registers/college:GM0938?validOn=2026-06-30', [parent.id]);
    expect(before[0].validUntil).toBe('2026-07-01');
  });

  it('leaves out a mandate not yet valid on validOn, and one the register did not know at knownAt', async () => {
    const later = await grantMeerssenMandate(register.client, { validFrom: '2026-03-01' });
    await expect(idsIn('/registers/college:GM0938?validOn=2026-02-28', [later.id])).resolves.toEqual([]);
    await expect(idsIn('/registers/college:GM0938?validOn=2026-03-01', [later.id])).resolves.toEqual([later.id]);
    const knownAt = await instantBefore(register, later.position);
    await expect(idsIn(`/registers/college:GM0938?validOn=2026-03-01&knownAt=${knownAt}`, [later.id])).resolves.toEqual([]);
  });

  it('leaves an unpublished mandate out on axis=inForce and lists it on axis=valid with inForceFrom null', async () => {
    const unpublished = await grantMeerssenMandate(register.client, { decision: await unpublishedMeerssenDecision(register) });
    const published = await grantMeerssenMandate(register.client);
    await expect(idsIn('/registers/college:GM0938?validOn=2026-02-15&axis=inForce', [unpublished.id, published.id])).resolves.toEqual([published.id]);
    const valid = await entriesOf('/registers/college:GM0938?validOn=2026-02-15&axis=valid', [unpublished.id]);
    expect(valid).toEqual([expect.objectContaining({ mandateId: unpublished.id, inForceFrom: null, publication: null })]);
    // Published 2026-01-29, in force from 2026-01-30: on the 29th it is valid (retroactively) but not yet in force.
    await expect(idsIn('/registers/college:GM0938?validOn=2026-01-29&axis=inForce', [published.id])).resolves.toEqual([]);
  });

  it('answers text/csv with a header and one row per entry and power when asked with Accept: text/csv', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    const response = await getCsv('/registers/college:GM0938?validOn=2026-02-15');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines[lines.length - 1]).toBe('');
    expect(lines.filter((line) => line.startsWith(`${parent.id},`) || line.startsWith(`${sub.id},`))).toEqual([
      `${parent.id},,mandaat,college:GM0938,college:GM0935,PW-BIJSTAND,GM0938,25000,PW-BIJSTAND,2026-01-01,,2026-01-30,${DOCUMENTS.meerssenMandate.id},gmb-2026-90002`,
      `${parent.id},,mandaat,college:GM0938,college:GM0935,PW-TERUGVORDERING,GM0938,25000,PW-BIJSTAND,2026-01-01,,2026-01-30,${DOCUMENTS.meerssenMandate.id},gmb-2026-90002`,
      `${sub.id},${parent.id},mandaat,college:GM0935,${MANAGER},PW-BIJSTAND,GM0938,10000,,2026-01-01,,2026-01-30,${DOCUMENTS.maastrichtSubMandate.id},gmb-2026-90003`,
    ]);
  });

  it('answers JSON when the client accepts anything', async () => {
    const response = await (register.client.get('/registers/college:GM0938', { as: 'reader' }) as unknown as request.Test).set('Accept', '*/*');
    expect([response.status, response.headers['content-type']]).toEqual([200, expect.stringMatching(/^application\/json/)]);
  });

  it('shows an auditor of Vaals no Meerssen entries, and the Vaals mandate among those received by college:GM0935', async () => {
    const meerssen = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, meerssen.id);
    const vaalsDecision = { id: uniqueId('doc-mandate-gm0981'), type: 'mandate-decision', title: 'Mandaatbesluit SZMH Vaals', decidedOn: '2026-01-27', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
    await expectCreated(register.client, '/documents', vaalsDecision);
    const vaals = await grantMeerssenMandate(register.client, { id: uniqueId('mandate-gm0981'), grantor: 'college:GM0981', municipalities: ['GM0981'], consentBasis: STATUTORY_BASIS, decision: vaalsDecision.id });
    const asAuditor = await get('/registers/college:GM0938?validOn=2026-02-15', 'auditor');
    expect([asAuditor.status, asAuditor.body.entries]).toEqual([200, []]);
    const received = await get('/registers/college:GM0935/received?validOn=2026-02-15', 'auditor');
    expect(received.body.entries.map((entry: Entry) => entry.mandateId)).toEqual([vaals.id]);
    // Ordered by root ('mandate-gm0938-…' before 'mandate-gm0981-…'), then depth.
    await expect(idsIn('/registers/college:GM0935/received?validOn=2026-02-15', [vaals.id, sub.id, meerssen.id])).resolves.toEqual([meerssen.id, sub.id, vaals.id]);
  });

  it.each([
    ['an organ kind the register does not know', '/registers/wethouder:GM0938'],
    ['a function, which grants no original mandate', `/registers/${MANAGER}`],
    ['something that is no party', '/registers/not-a-party/received'],
  ])('refuses %s with 400 VALIDATION_FAILED naming organ', async (_, path) => {
    const response = await get(path);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'organ' })]);
  });

  it('refuses an unknown axis with 400 VALIDATION_FAILED', async () => {
    expectProblem(await get('/registers/college:GM0938?axis=recorded'), 400, 'VALIDATION_FAILED');
  });
});
