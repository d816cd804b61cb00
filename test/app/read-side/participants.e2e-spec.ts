import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore, type SeededRegister } from '../support/seeded-register';
import { expectCreated, PARTICIPANTS } from '../support/szmh-parties.fixture';

const BEEKDAELEN = { municipality: 'GM1954', name: 'Beekdaelen', joinedOn: '2019-01-01' };
const BEEKDAELEN_EXIT_DECISION = {
  id: 'doc-exit-gm1954',
  type: 'exit-decision',
  title: 'Besluit uittreding Beekdaelen',
  decidedOn: '2025-06-01',
  decidedBy: ['college:GM1954'],
  concerns: ['GM1954'],
};

/** The seeded list as api.md answers it: by municipality code, Eijsden-Margraten (GM1903) with the exit the seed recorded. */
const SEEDED_LIST = PARTICIPANTS.map(({ municipality, name, joinedOn }) => ({
  municipality,
  name,
  joinedOn,
  exitOn: municipality === 'GM1903' ? '2021-07-01' : null,
})).sort((a, b) => a.municipality.localeCompare(b.municipality));

/** When the store recorded the event at `position`, 1 ms earlier: the last instant the register did not know it. */
async function instantBefore(register: SeededRegister, position: number): Promise<string> {
  const [event] = await register.store.readAll({ fromPosition: position - 1, limit: 1 });
  return new Date(Date.parse(event.recordedAt) - 1).toISOString();
}

describeOnEveryStore('GET /participants', (register) => {
  let seededAt: string;

  beforeAll(async () => {
    const [last] = await register.store.readAll({ fromPosition: (await register.store.headPosition()) - 1, limit: 1 });
    seededAt = last.recordedAt;
  });

  it('lists the seeded participants by municipality, the one that left included with its exit date', async () => {
    const response = await register.client.get(`/participants?knownAt=${seededAt}`);
    expect([response.status, response.body]).toEqual([200, SEEDED_LIST]);
    expect(SEEDED_LIST.map((entry) => entry.municipality)).toEqual(['GM0935', 'GM0938', 'GM0981', 'GM0994', 'GM1729', 'GM1903']);
  });

  it('shows a join and an exit as soon as their 201 answers, and the open membership when known just before the exit', async () => {
    const joined = await expectCreated(register.client, '/participants', BEEKDAELEN);
    const afterJoin = await register.client.get('/participants');
    expect(afterJoin.body).toContainEqual({ ...BEEKDAELEN, exitOn: null });

    await expectCreated(register.client, '/documents', BEEKDAELEN_EXIT_DECISION);
    const exited = await expectCreated(register.client, '/participants/GM1954/exit', { exitOn: '2026-01-01', decision: BEEKDAELEN_EXIT_DECISION.id });
    const afterExit = await register.client.get('/participants');
    expect(afterExit.body).toContainEqual({ ...BEEKDAELEN, exitOn: '2026-01-01' });
    expect(afterExit.body).toHaveLength(SEEDED_LIST.length + 1);

    const beforeExit = await register.client.get(`/participants?knownAt=${await instantBefore(register, exited.position)}`);
    expect(beforeExit.body).toContainEqual({ ...BEEKDAELEN, exitOn: null });
    const beforeJoin = await register.client.get(`/participants?knownAt=${await instantBefore(register, joined.position)}`);
    expect(beforeJoin.body).toEqual(SEEDED_LIST);
  });

  it('lists every participant whatever validOn and axis say: the membership list carries its own dates', async () => {
    const response = await register.client.get(`/participants?knownAt=${seededAt}&validOn=2030-01-01&axis=inForce`);
    expect([response.status, response.body]).toEqual([200, SEEDED_LIST]);
  });

  it('answers an auditor of Vaals the whole list: participants are reference data', async () => {
    const response = await register.client.get(`/participants?knownAt=${seededAt}`, { as: 'auditor' });
    expect([response.status, response.body]).toEqual([200, SEEDED_LIST]);
  });

  it.each([
    ['a knownAt without a time zone, which names no instant', 'knownAt=2026-01-28T10:00:00', 'knownAt'],
    ['a knownAt in the future, which later events could still change', `knownAt=${new Date(Date.now() + 86_400_000).toISOString()}`, 'knownAt'],
    ['a knownAt that is no instant', 'knownAt=yesterday', 'knownAt'],
    ['an unknown axis', 'axis=recorded', 'axis'],
  ])('refuses %s with 400 VALIDATION_FAILED naming the parameter', async (_, query, field) => {
    const response = await register.client.get(`/participants?${query}`);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses a caller without a token with 401', async () => {
    const response = await register.client.get('/participants', { as: 'anonymous' });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });
});
