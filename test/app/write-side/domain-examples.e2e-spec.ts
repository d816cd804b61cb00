import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, MANAGER } from '../support/szmh-parties.fixture';

interface HistoryEntry {
  position: number;
  type: string;
  recordedAt: string;
  data: Record<string, unknown>;
}

/** The write side of the four examples of domain.md. */
describeOnEveryStore('the examples of domain.md', (register) => {
  const history = async (id: string): Promise<HistoryEntry[]> => {
    const response = await register.client.get(`/mandates/${id}/history`);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('1: Meerssen mandates PW-BIJSTAND to the Maastricht college, which sub-mandates it to its manager for Meerssen', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    const [granted] = await history(sub.id);
    // The sub-mandate's grantor is the parent's grantee, and its municipalities default to the parent's.
    expect(granted.data).toMatchObject({ parentMandateId: parent.id, grantor: 'college:GM0935', grantee: MANAGER, municipalities: ['GM0938'] });
  });

  it('2: sub-mandating PW-TERUGVORDERING, which the parent forbids, is SUBMANDATE_NOT_PERMITTED and stores nothing', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const before = await register.logSnapshot();
    const body = { id: 'submandate-terugvordering-example-2', kind: 'mandaat', scope: 'general', grantee: MANAGER, powers: ['PW-TERUGVORDERING'], subMandateAllowed: [], decision: DOCUMENTS.maastrichtSubMandate.id, validFrom: '2026-01-01' };
    const response = await register.client.post(`/mandates/${parent.id}/sub-mandates`, body);
    expectProblem(response, 422, 'SUBMANDATE_NOT_PERMITTED');
    await expect(register.logSnapshot()).resolves.toEqual(before);
    expectProblem(await register.client.get(`/mandates/${body.id}/history`), 404, 'NOT_FOUND');
    expect((await history(parent.id)).length).toBe(1);
  });

  it('3: revoking the parent from 2026-07-01 is one event on the parent; the sub-mandate lapses without an event of its own', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    const revoked = await expectCreated(register.client, `/mandates/${parent.id}/revocations`, {
      decision: DOCUMENTS.meerssenRevocation.id,
      validUntil: '2026-07-01',
    });
    const parentHistory = await history(parent.id);
    expect(parentHistory.map((entry) => entry.position)).toEqual([parent.position, revoked.position]);
    expect(parentHistory[1].data).toMatchObject({ validUntil: '2026-07-01', decision: DOCUMENTS.meerssenRevocation.id });
    expect((await history(sub.id)).map((entry) => entry.position)).toEqual([sub.position]);
  });

  it('4: a validFrom recorded wrongly as 2026-02-01 and corrected to 2026-01-01: the history shows both, in order', async () => {
    const wrong = await grantMeerssenMandate(register.client, { validFrom: '2026-02-01' });
    const correction = {
      field: 'validFrom',
      value: '2026-01-01',
      reason: 'The decision applies from 2026-01-01; 2026-02-01 was typed in by mistake',
      evidence: DOCUMENTS.meerssenMandate.id,
    };
    const corrected = await expectCreated(register.client, `/mandates/${wrong.id}/corrections`, correction);
    const [granted, correctedEntry] = await history(wrong.id);
    expect([granted.position, correctedEntry.position]).toEqual([wrong.position, corrected.position]);
    expect(granted.data).toMatchObject({ validFrom: '2026-02-01' });
    expect(correctedEntry.data).toMatchObject({ field: 'validFrom', value: '2026-01-01', reason: correction.reason });
    expect(Date.parse(correctedEntry.recordedAt)).toBeGreaterThan(Date.parse(granted.recordedAt));
  });
});
