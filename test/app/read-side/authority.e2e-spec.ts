import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, MANAGER, PUBLICATIONS, TEAM_LEADER } from '../support/szmh-parties.fixture';

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

const withoutMedium = ({ medium: _medium, ...publication }: { medium: string; publicationId: string; publishedOn: string; inForceFrom: string }) => publication;

describeOnEveryStore('GET /authority', (register) => {
  const ask = (query: string, as: 'auditor' | 'reader' = 'reader') => register.client.get(`/authority?power=PW-BIJSTAND&${query}`, { as });

  it('authorises the manager on 2026-01-15 through Meerssen and Maastricht, retroactively (example 1), but not on axis=inForce nor as known before the grants', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const sub = await grantManagerSubMandate(register.client, parent.id);
    const question = `actor=${MANAGER}&municipality=GM0938&validOn=2026-01-15`;
    const answer = await ask(question);
    expect([answer.status, answer.body]).toEqual([
      200,
      {
        ...{ authorised: true, actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-01-15', knownAt: expect.any(String), axis: 'valid' },
        ...{ onBehalfOf: 'college:GM0938', signatureLine: 'namens het college van burgemeester en wethouders van Meerssen' },
        chain: [
          {
            ...{ mandateId: parent.id, grantor: 'college:GM0938', grantee: 'college:GM0935', validFrom: '2026-01-01', validUntil: null },
            ...{ decision: DOCUMENTS.meerssenMandate.id, publication: withoutMedium(PUBLICATIONS.meerssenMandate) },
          },
          {
            ...{ mandateId: sub.id, grantor: 'college:GM0935', grantee: MANAGER, validFrom: '2026-01-01', validUntil: null },
            ...{ decision: DOCUMENTS.maastrichtSubMandate.id, publication: withoutMedium(PUBLICATIONS.maastrichtSubMandate) },
          },
        ],
        // api.md's example 1: RETROACTIVE alone (a decision not yet taken on the 15th cannot have been in force then).
        flags: ['RETROACTIVE'],
        reason: null,
      },
    ]);
    const inForce = await ask(`${question}&axis=inForce`);
    expect([inForce.status, inForce.body.authorised, inForce.body.reason, inForce.body.flags]).toEqual([200, false, 'NOT_YET_IN_FORCE', []]);
    const before = await ask(`${question}&knownAt=${await instantBefore(register, parent.position)}`);
    expect([before.status, before.body.authorised, before.body.reason, before.body.chain]).toEqual([200, false, 'NO_MANDATE', []]);
  });

  it('authorises the team leader on 2026-06-30 but not on 2026-07-02 once Meerssen revoked its mandate from 2026-07-01 (example 3)', async () => {
    const parent = await grantMeerssenMandate(register.client);
    await grantManagerSubMandate(register.client, parent.id, { grantee: TEAM_LEADER });
    await expectCreated(register.client, `/mandates/${parent.id}/revocations`, { decision: DOCUMENTS.meerssenRevocation.id, validUntil: '2026-07-01' });
    const on = async (validOn: string) => (await ask(`actor=${TEAM_LEADER}&municipality=GM0938&validOn=${validOn}`)).body;
    await expect(on('2026-06-30')).resolves.toMatchObject({ authorised: true, reason: null });
    const after = await on('2026-07-02');
    expect([after.authorised, after.reason, after.chain[0].validUntil]).toEqual([false, 'REVOKED', '2026-07-01']);
  });

  it("checks the amount against the ceiling of Meerssen's mandate: 25,000 is allowed, 25,000.01 exceeds it", async () => {
    await grantMeerssenMandate(register.client);
    const query = 'actor=college:GM0935&municipality=GM0938&validOn=2026-03-01';
    await expect((await ask(`${query}&amount=25000`)).body).toMatchObject({ authorised: true, reason: null });
    await expect((await ask(`${query}&amount=25000.01`)).body).toMatchObject({ authorised: false, reason: 'EXCEEDS_CEILING', flags: [] });
  });

  it.each([
    ['an actor of only spaces', 'actor=%20%20&municipality=GM0938', 'actor'],
    ['a municipality that is no CBS code', `actor=${MANAGER}&municipality=Meerssen`, 'municipality'],
    ['a negative amount', `actor=${MANAGER}&municipality=GM0938&amount=-1`, 'amount'],
    ['an amount that is no number', `actor=${MANAGER}&municipality=GM0938&amount=lots`, 'amount'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the parameter', async (_, query, field) => {
    const response = await ask(query);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect([...new Set(response.body.errors.map((error: { field: string }) => error.field))]).toEqual([field]);
  });

  it('answers 404 to an auditor of Vaals asking about Meerssen, and answers them about Vaals', async () => {
    expectProblem(await ask(`actor=${MANAGER}&municipality=GM0938`, 'auditor'), 404, 'NOT_FOUND');
    const vaals = await ask('actor=college:GM0981&municipality=GM0981', 'auditor');
    expect([vaals.status, vaals.body.authorised, vaals.body.chain]).toEqual([200, true, []]);
  });
});
