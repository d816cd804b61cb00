import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

/**
 * The seed's decisions without a publication, by decision date: Eijsden-Margraten's exit, which the central
 * college publishes (GR SZMH art. 27 lid 1, domain.md "Who publishes"), and Meerssen's revocation.
 */
const SEEDED_PENDING = [
  {
    ...{ document: DOCUMENTS.exitEijsdenMargraten.id, amendmentId: null, type: 'exit-decision', title: DOCUMENTS.exitEijsdenMargraten.title },
    ...{ decidedOn: '2020-12-15', concerns: ['GM1903'], publisher: 'college:GM0935' },
  },
  {
    ...{ document: DOCUMENTS.meerssenRevocation.id, amendmentId: null, type: 'revocation-decision', title: DOCUMENTS.meerssenRevocation.title },
    ...{ decidedOn: '2026-06-15', concerns: ['GM0938'], publisher: 'college:GM0938' },
  },
];

function decision(id: string, type: string, decidedBy: string[], concerns: string[], decidedOn = '2026-02-10') {
  return { id, type, title: `Besluit ${id}`, decidedOn, decidedBy, concerns };
}

function publication(number: number) {
  return { medium: 'gemeenteblad', publicationId: `gmb-2026-${number}`, publishedOn: '2026-02-12', inForceFrom: '2026-02-13' };
}

function entryOf(document: ReturnType<typeof decision>, publisher: string) {
  const { id, type, title, decidedOn, concerns } = document;
  return { document: id, amendmentId: null, type, title, decidedOn, concerns, publisher };
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

  it('reads a knownAt without milliseconds, or with an offset, as the instant it names', async () => {
    // The whole second at or before seededAt: a later one could still lie in the future, which is refused.
    const seconds = new Date(Math.floor(Date.parse(seededAt) / 1000) * 1000);
    const asked = seconds.toISOString().replace('.000Z', 'Z');
    const inAmsterdam = `${new Date(seconds.getTime() + 3_600_000).toISOString().slice(0, 19)}+01:00`;
    const exact = await register.client.get(`/publications/pending?knownAt=${seconds.toISOString()}`);
    expect(exact.status).toBe(200);
    await expect(register.client.get(`/publications/pending?knownAt=${asked}`)).resolves.toMatchObject({ status: 200, body: exact.body });
    await expect(register.client.get(`/publications/pending?knownAt=${encodeURIComponent(inAmsterdam)}`)).resolves.toMatchObject({ status: 200, body: exact.body });
  });

  it('filters on the organ that must publish: the central college publishes the exit, Meerssen its revocation', async () => {
    const central = await register.client.get(`/publications/pending?knownAt=${seededAt}&publisher=college:GM0935`);
    expect([central.status, central.body]).toEqual([200, [SEEDED_PENDING[0]]]);
    const meerssen = await register.client.get(`/publications/pending?knownAt=${seededAt}&publisher=college:GM0938`);
    expect(meerssen.body).toEqual([SEEDED_PENDING[1]]);
    expectProblem(await register.client.get('/publications/pending?publisher=GM0935.manager-sociale-zekerheid'), 400, 'VALIDATION_FAILED');
  });

  it('answers the same rows as CSV with Accept: text/csv, the concerns joined by ;', async () => {
    const response = await register.client.get(`/publications/pending?knownAt=${seededAt}`, { accept: 'text/csv' });
    expect([response.status, response.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(response.text.split('\r\n')).toEqual([
      'document,amendmentId,type,title,decidedOn,concerns,publisher',
      `${DOCUMENTS.exitEijsdenMargraten.id},,exit-decision,${DOCUMENTS.exitEijsdenMargraten.title},2020-12-15,GM1903,college:GM0935`,
      `${DOCUMENTS.meerssenRevocation.id},,revocation-decision,${DOCUMENTS.meerssenRevocation.title},2026-06-15,GM0938,college:GM0938`,
      '',
    ]);
  });

  it.each([
    ['a knownAt without a time zone', 'knownAt=2026-01-28T10:00:00', 'knownAt'],
    ['a knownAt that is no instant', 'knownAt=yesterday', 'knownAt'],
    ['a knownAt in the future', `knownAt=${new Date(Date.now() + 86_400_000).toISOString()}`, 'knownAt'],
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
