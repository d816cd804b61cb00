import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { bearer, TEST_SUBJECTS } from '../support/test-token';
import { grantMeerssenMandate } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

const INSTANT_WITH_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describeOnEveryStore('GET /mandates/{id}/history', (register) => {
  let mandateId: string;
  const positions: number[] = [];
  let startedAt: string;
  let endedAt: string;

  // Granted, corrected, revoked: three events, each answered with its position.
  beforeAll(async () => {
    startedAt = new Date().toISOString();
    const granted = await grantMeerssenMandate(register.client, { ceiling: 2500 });
    mandateId = granted.id;
    const correction = { field: 'ceiling', value: 25000, reason: 'A zero was lost when the decision was typed in', evidence: DOCUMENTS.meerssenMandate.id };
    const corrected = await expectCreated(register.client, `/mandates/${mandateId}/corrections`, correction);
    const revoked = await expectCreated(register.client, `/mandates/${mandateId}/revocations`, {
      decision: DOCUMENTS.meerssenRevocation.id,
      validUntil: '2026-07-01',
    });
    positions.push(granted.position, corrected.position, revoked.position);
    endedAt = new Date().toISOString();
  });

  it('lists grant, correction and revocation oldest first, at the positions their 201 answers gave', async () => {
    const response = await register.client.get(`/mandates/${mandateId}/history`, { as: 'reader' });
    expect(response.status).toBe(200);
    expect(response.body.map((entry: { position: number }) => entry.position)).toEqual(positions);
    expect(response.body.map((entry: { type: string }) => entry.type)).toEqual([
      expect.stringMatching(/Granted$/),
      expect.stringMatching(/Corrected$/),
      expect.stringMatching(/Revoked$/),
    ]);
  });

  it('records who: recordedBy is the sub of the registrar token that made each change', async () => {
    const response = await register.client.get(`/mandates/${mandateId}/history`);
    expect(response.body.map((entry: { recordedBy: string }) => entry.recordedBy)).toEqual(Array(3).fill(TEST_SUBJECTS.registrar.sub));
  });

  it('records when: recordedAt is a UTC instant with milliseconds, set while the requests ran, never decreasing', async () => {
    const response = await register.client.get(`/mandates/${mandateId}/history`);
    const recordedAt: string[] = response.body.map((entry: { recordedAt: string }) => entry.recordedAt);
    for (const instant of recordedAt) {
      expect(instant).toMatch(INSTANT_WITH_MS);
      expect(Date.parse(instant)).toBeGreaterThanOrEqual(Date.parse(startedAt));
      expect(Date.parse(instant)).toBeLessThanOrEqual(Date.parse(endedAt));
    }
    expect([...recordedAt].sort()).toEqual(recordedAt);
  });

  it('shows what the correction said: the field, the new value and the reason', async () => {
    const response = await register.client.get(`/mandates/${mandateId}/history`);
    expect(response.body[0].data).toMatchObject({ ceiling: 2500 });
    expect(response.body[1].data).toMatchObject({ field: 'ceiling', value: 25000, reason: 'A zero was lost when the decision was typed in' });
  });

  it('shows a Meerssen mandate to an auditor of Meerssen', async () => {
    const auditor = await bearer({ sub: 'rekenkamer@meerssen.example', roles: ['auditor'], municipalities: ['GM0938'] });
    const response = await register.client.get(`/mandates/${mandateId}/history`, { as: { authorization: auditor } });
    expect([response.status, response.body.length]).toEqual([200, 3]);
  });

  it('answers an auditor of Vaals (GM0981) 404 NOT_FOUND, as if the Meerssen mandate did not exist', async () => {
    const response = await register.client.get(`/mandates/${mandateId}/history`, { as: 'auditor' });
    expectProblem(response, 404, 'NOT_FOUND');
    expect(response.text).not.toContain('GM0938');
  });

  it('answers 404 NOT_FOUND for a mandate that was never granted', async () => {
    const response = await register.client.get('/mandates/mandate-never-granted/history');
    expectProblem(response, 404, 'NOT_FOUND');
  });

  it('answers 401 UNAUTHENTICATED without a token', async () => {
    const response = await register.client.get(`/mandates/${mandateId}/history`, { as: 'anonymous' });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });

  it('keeps each mandate to its own history: a new grant adds nothing to this one', async () => {
    await grantMeerssenMandate(register.client);
    const response = await register.client.get(`/mandates/${mandateId}/history`);
    expect(response.body.map((entry: { position: number }) => entry.position)).toEqual(positions);
  });
});
