import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

/**
 * The seed's decisions without a publication, by decision date: Eijsden-Margraten's exit and Meerssen's revocation.
 * The work list still names the deciding college for the exit; the read side of issue 12 makes it the central
 * college, which publishes exits (GR SZMH art. 27 lid 1, domain.md "Who publishes").
 */
const SEEDED_PENDING = [
  { document: DOCUMENTS.exitEijsdenMargraten.id, type: 'exit-decision', decidedOn: '2020-12-15', publisher: 'college:GM1903' },
  { document: DOCUMENTS.meerssenRevocation.id, type: 'revocation-decision', decidedOn: '2026-06-15', publisher: 'college:GM0938' },
];

function decision(id: string, type: string, decidedBy: string[], concerns: string[], decidedOn = '2026-02-10') {
  return { id, type, title: `Besluit ${id}`, decidedOn, decidedBy, concerns };
}

function publication(number: number) {
  return { medium: 'gemeenteblad', publicationId: `gmb-2026-${number}`, publishedOn: '2026-02-12', inForceFrom: '2026-02-13' };
}

function entryOf(document: ReturnType<typeof decision>, publisher: string) {
  return { document: document.id, type: document.type, decidedOn: document.decidedOn, publisher };
}

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

describeOnEveryStore('GET /publications/pending', (register) => {
  let seededAt: string;

  beforeAll(async () => {
    const [last] = await register.store.readAll({ fromPosition: (await register.store.headPosition()) - 1, limit: 1 });
    seededAt = last.recordedAt;
  });

  it('lists the seeded decisions without a publication by decision date, the published ones and the arrangement left out', async () => {
    const response = await register.client.get(`/publications/pending?knownAt=${seededAt}`, { as: 'publication-officer' });
    expect([response.status, response.body]).toEqual([200, SEEDED_PENDING]);
  });

  it('lists a decision as soon as its 201 answers, drops it once its publication answers 201, and lists it when known just before', async () => {
    const vaalsMandate = decision('doc-mandate-gm0981-2026', 'mandate-decision', ['college:GM0981'], ['GM0981']);
    await expectCreated(register.client, '/documents', vaalsMandate);
    const afterRegistration = await register.client.get('/publications/pending');
    expect(afterRegistration.body).toContainEqual(entryOf(vaalsMandate, 'college:GM0981'));

    const published = await expectCreated(register.client, `/documents/${vaalsMandate.id}/publications`, publication(91001));
    const afterPublication = await register.client.get('/publications/pending');
    expect(afterPublication.body).toEqual(SEEDED_PENDING);

    const beforePublication = await register.client.get(`/publications/pending?knownAt=${await instantBefore(register, published.position)}`);
    expect(beforePublication.body).toEqual([...SEEDED_PENDING.slice(0, 1), entryOf(vaalsMandate, 'college:GM0981'), ...SEEDED_PENDING.slice(1)]);
  });

  it('names the Maastricht college as publisher of a sub-mandate decided by its manager (GR art 5 lid 6)', async () => {
    const subMandate = decision('doc-submandate-team-leader', 'sub-mandate-decision', ['GM0935.manager-sociale-zekerheid'], ['GM0935'], '2026-03-01');
    const created = await expectCreated(register.client, '/documents', subMandate);
    const [event] = await register.store.readAll({ fromPosition: created.position - 1, limit: 1 });
    const response = await register.client.get(`/publications/pending?knownAt=${event.recordedAt}`);
    expect(response.body).toEqual([...SEEDED_PENDING.slice(0, 1), entryOf(subMandate, 'college:GM0935'), ...SEEDED_PENDING.slice(1)]);
  });

  it('answers an auditor of Vaals only the decisions that concern Vaals', async () => {
    const vaalsRevocation = decision('doc-revocation-gm0981', 'revocation-decision', ['college:GM0981'], ['GM0981'], '2026-04-01');
    const shared = decision('doc-submandate-gm0981-gm0938', 'sub-mandate-decision', ['college:GM0935'], ['GM0938', 'GM0981'], '2026-03-15');
    const meerssenOnly = decision('doc-mandate-gm0938-extra', 'mandate-decision', ['college:GM0938'], ['GM0938'], '2026-03-20');
    for (const body of [vaalsRevocation, shared, meerssenOnly]) await expectCreated(register.client, '/documents', body);

    const asAuditor = await register.client.get('/publications/pending', { as: 'auditor' });
    expect([asAuditor.status, asAuditor.body]).toEqual([200, [entryOf(shared, 'college:GM0935'), entryOf(vaalsRevocation, 'college:GM0981')]]);
    const asReader = await register.client.get('/publications/pending', { as: 'reader' });
    expect(asReader.body).toContainEqual(entryOf(meerssenOnly, 'college:GM0938'));
  });

  it('lists the same decisions whatever validOn and axis say: a decision must be published whatever period it applies to', async () => {
    const plain = await register.client.get(`/publications/pending?knownAt=${seededAt}`);
    const otherDay = await register.client.get(`/publications/pending?knownAt=${seededAt}&validOn=2019-01-01&axis=inForce`);
    expect([otherDay.status, otherDay.body]).toEqual([200, plain.body]);
  });

  it.each([
    ['a knownAt without milliseconds', 'knownAt=2026-01-28T10:00:00Z', 'knownAt'],
    ['a knownAt that is no instant', 'knownAt=yesterday', 'knownAt'],
    ['an unknown axis', 'axis=recorded', 'axis'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the parameter', async (_, query, field) => {
    const response = await register.client.get(`/publications/pending?${query}`);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses a caller without a token with 401', async () => {
    const response = await register.client.get('/publications/pending', { as: 'anonymous' });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });
});
