import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, TEAM_LEADER } from '../support/szmh-parties.fixture';

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

/**
 * Issue 12's axis rules through the HTTP contract: a publication counts only
 * in the gemeenteblad of the organ that must publish, and is corrected
 * bitemporally; a revocation ends a mandate on the inForce axis once
 * published; an amendment of the arrangement is in force from its own
 * publication; a sub-mandate "tot intrekking" lapses with its parent.
 */
describeOnEveryStore('the second reading on the read side', (register) => {
  const authority = async (query: string, power = 'PW-BIJSTAND') => (await register.client.get(`/authority?power=${power}&municipality=GM0938&${query}`)).body;
  const pendingIds = async (query = '') => ((await register.client.get(`/publications/pending?${query}`)).body as { document: string; amendmentId: string | null }[]).map((p) => `${p.document}${p.amendmentId === null ? '' : `#${p.amendmentId}`}`);

  it("brings nothing into force by a Meerssen decision in Maastricht's gemeenteblad, until the publisher is corrected; before the correction the old answer stands", async () => {
    const decision = uniqueId('doc-mandate-gm0938');
    await expectCreated(register.client, '/documents', { ...DOCUMENTS.meerssenMandate, id: decision });
    const publication = { medium: 'gemeenteblad', publicationId: 'gmb-2026-82001', publishedOn: '2026-01-29', inForceFrom: '2026-01-30', publisher: 'college:GM0935' };
    await expectCreated(register.client, `/documents/${decision}/publications`, publication);
    // A power no other mandate of this register grants, so the answer rests on this decision alone.
    await grantMeerssenMandate(register.client, { decision, powers: ['PW-BIJZONDERE-BIJSTAND'], subMandateAllowed: [] });
    const ask = () => authority('actor=college:GM0935&validOn=2026-02-15&axis=inForce', 'PW-BIJZONDERE-BIJSTAND');
    await expect(ask()).resolves.toMatchObject({ authorised: false, reason: 'NOT_PUBLISHED', chain: [expect.objectContaining({ decision, publication: null })] });
    const document = await register.client.get(`/documents/${decision}`);
    expect(document.body.publications).toEqual([expect.objectContaining({ publisher: 'college:GM0935', bringsIntoForce: false })]);
    await expect(pendingIds()).resolves.toContain(decision);

    const corrected = await expectCreated(register.client, `/documents/${decision}/publications/gmb-2026-82001/corrections`, { field: 'publisher', value: 'college:GM0938', reason: 'In het gemeenteblad van Meerssen verschenen' });
    await expect(pendingIds()).resolves.not.toContain(decision);
    await expect(ask()).resolves.toMatchObject({ authorised: true, chain: [expect.objectContaining({ publication: { publicationId: 'gmb-2026-82001', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' } })] });
    const before = await instantBefore(register, corrected.position);
    await expect(pendingIds(`knownAt=${before}`)).resolves.toContain(decision);
    const shown = await register.client.get(`/documents/${decision}?knownAt=${before}`);
    expect(shown.body.publications).toEqual([expect.objectContaining({ publisher: 'college:GM0935', bringsIntoForce: false })]);
  });

  it('keeps a mandate in force on the inForce axis while its revocation is unpublished, flagged, and ends it from the later of validUntil and the publication', async () => {
    const revocation = uniqueId('doc-revocation-gm0938');
    await expectCreated(register.client, '/documents', { ...DOCUMENTS.meerssenRevocation, id: revocation });
    const parent = await grantMeerssenMandate(register.client);
    await grantManagerSubMandate(register.client, parent.id, { grantee: TEAM_LEADER });
    await expectCreated(register.client, `/mandates/${parent.id}/revocations`, { decision: revocation, validUntil: '2026-07-01' });
    const onJuly = (day: string, axis: string) => authority(`actor=${TEAM_LEADER}&validOn=2026-07-${day}&axis=${axis}`);
    await expect(onJuly('02', 'valid')).resolves.toMatchObject({ authorised: false, reason: 'REVOKED' });
    await expect(onJuly('02', 'inForce')).resolves.toMatchObject({ authorised: true, reason: null, flags: ['REVOCATION_NOT_PUBLISHED'] });
    const mandate = await register.client.get(`/mandates/${parent.id}?validOn=2026-07-02`);
    expect([mandate.body.status, mandate.body.inForce]).toEqual(['revoked', true]);
    await expect(pendingIds()).resolves.toContain(revocation);

    await expectCreated(register.client, `/documents/${revocation}/publications`, { medium: 'gemeenteblad', publicationId: 'gmb-2026-82010', publishedOn: '2026-07-05', inForceFrom: '2026-07-06' });
    await expect(onJuly('05', 'inForce')).resolves.toMatchObject({ authorised: true, flags: [] });
    await expect(onJuly('06', 'inForce')).resolves.toMatchObject({ authorised: false, reason: 'REVOKED' });
    const after = await register.client.get(`/mandates/${parent.id}?validOn=2026-07-06`);
    expect([after.body.status, after.body.inForce]).toEqual(['revoked', false]);
  });

  it('lets a sub-mandate without an end date lapse with its parent (ondermandaat tot intrekking)', async () => {
    const parent = await grantMeerssenMandate(register.client, { validUntil: '2026-12-01' });
    const sub = await grantManagerSubMandate(register.client, parent.id, { grantee: TEAM_LEADER, validUntil: null });
    const status = await register.client.get(`/mandates/${sub.id}?validOn=2026-12-01`);
    expect([status.body.status, status.body.validUntil]).toEqual(['lapsed', null]);
    await expect(authority(`actor=${TEAM_LEADER}&validOn=2026-12-01&knownAt=${new Date().toISOString()}`)).resolves.toMatchObject({ authorised: false });
  });

  it('keeps the arrangement\'s 2015 text in force until the central college publishes the amendment, which is on the work list until then (GR SZMH art. 27)', async () => {
    const { id, amendmentId } = await adoptedArrangementAmendment(register);
    const inForceOn = async (validOn: string) => (await register.client.get(`/documents/${id}?validOn=${validOn}&axis=inForce`)).body;
    await expect(inForceOn('2025-06-01')).resolves.toMatchObject({ versionInForce: { version: 1 }, versions: [{ version: 1 }, { version: 2, inForceFrom: null }] });
    await expect(pendingIds('publisher=college:GM0935')).resolves.toContain(`${id}#${amendmentId}`);

    const wrongSheet = { medium: 'gemeenteblad', publicationId: 'gmb-2025-82020', publishedOn: '2025-04-09', inForceFrom: '2025-04-10', publisher: 'college:GM0938' };
    await expectCreated(register.client, `/documents/${id}/amendments/${amendmentId}/publications`, wrongSheet);
    await expect(inForceOn('2025-06-01')).resolves.toMatchObject({ versionInForce: { version: 1 } });
    const published = { medium: 'gemeenteblad', publicationId: 'gmb-2025-82021', publishedOn: '2025-05-09', inForceFrom: '2025-05-10' };
    await expectCreated(register.client, `/documents/${id}/amendments/${amendmentId}/publications`, published);
    await expect(inForceOn('2025-05-09')).resolves.toMatchObject({ versionInForce: { version: 1 } });
    await expect(inForceOn('2025-05-10')).resolves.toMatchObject({ versionInForce: { version: 2, amendmentId }, versions: [{ version: 1 }, { version: 2, inForceFrom: '2025-05-10' }] });
    await expect(pendingIds()).resolves.not.toContain(`${id}#${amendmentId}`);
  });
});

/** An arrangement of the five, published in 2015, and its 2025 amendment approved by every college and council and adopted. */
async function adoptedArrangementAmendment(register: SeededRegister): Promise<{ id: string; amendmentId: string }> {
  const codes = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'];
  const id = uniqueId('doc-gr-szmh');
  const amendmentId = uniqueId('gr-2025');
  await expectCreated(register.client, '/documents', { id, type: 'arrangement', title: 'Centrumregeling SZMH', decidedOn: '2015-11-24', decidedBy: codes.map((c) => `college:${c}`), concerns: codes });
  await expectCreated(register.client, `/documents/${id}/publications`, { medium: 'gemeenteblad', publicationId: `gmb-2015-${82000 + Number(id.split('-').pop())}`, publishedOn: '2015-12-31', inForceFrom: '2016-01-01' });
  await expectCreated(register.client, `/documents/${id}/amendments`, { id: amendmentId, summary: 'Centrumregeling SZMH 2025', validFrom: '2025-04-10' });
  for (const organ of codes.flatMap((code) => [`raad:${code}`, `college:${code}`])) {
    await expectCreated(register.client, `/documents/${id}/amendments/${amendmentId}/approvals`, { organ, approvedOn: '2024-12-17' });
  }
  await expectCreated(register.client, `/documents/${id}/amendments/${amendmentId}/adoption`, { adoptedOn: '2025-01-14' });
  return { id, amendmentId };
}
