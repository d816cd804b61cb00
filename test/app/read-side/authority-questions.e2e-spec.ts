import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate, meerssenMandateBody, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, MANAGER } from '../support/szmh-parties.fixture';

/**
 * Issue 12, "questions must not mislead": GET /authority reads what a new
 * user types as api.md says, and answers a question about nothing with a 404
 * that names it rather than a legal "no".
 */
describeOnEveryStore('GET /authority: questions that do not mislead', (register) => {
  const ask = (query: string, as: 'auditor' | 'reader' = 'reader') => register.client.get(`/authority?${query}`, { as });
  const bijstand = (actor: string, rest = 'municipality=GM0938&validOn=2026-03-01') => `actor=${encodeURIComponent(actor)}&power=PW-BIJSTAND&${rest}`;

  beforeAll(async () => {
    const parent = await grantMeerssenMandate(register.client);
    await grantManagerSubMandate(register.client, parent.id);
  });

  it.each([
    ['6.000, a Dutch six thousand', '6.000'],
    ['6,000, an English one', '6,000'],
    ['three decimals', '6000.505'],
    ['a sign', '+6000'],
    ['an exponent', '6e3'],
  ])('refuses the amount %s with 400 naming amount and showing how to write it', async (_, amount) => {
    const response = await ask(`${bijstand(MANAGER)}&amount=${encodeURIComponent(amount)}`);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ field: 'amount', message: expect.stringContaining('6000.50') }]);
  });

  it('reads 6000, 6000.5 and 10000.00 as euros against the manager\'s ceiling of 10,000, and 10000.01 above it', async () => {
    for (const amount of ['6000', '6000.5', '10000.00']) await expect(ask(`${bijstand(MANAGER)}&amount=${amount}`)).resolves.toMatchObject({ status: 200, body: { authorised: true } });
    await expect(ask(`${bijstand(MANAGER)}&amount=10000.01`)).resolves.toMatchObject({ status: 200, body: { authorised: false, reason: 'EXCEEDS_CEILING' } });
  });

  it.each([
    ['a function id with a typo', bijstand('GM0935.kapper'), 'GM0935.kapper'],
    ['an organ of a municipality that never took part', bijstand('college:GM9999'), 'college:GM9999'],
    ['an external title nobody carries', bijstand('Directeur Kapsalon'), 'Directeur Kapsalon'],
    ['a power the catalogue does not hold', `actor=${MANAGER}&power=pw-bijstand&municipality=GM0938`, 'pw-bijstand'],
    ['a municipality that never took part', `actor=${MANAGER}&power=PW-BIJSTAND&municipality=GM9999`, 'GM9999'],
  ])('answers 404 NOT_FOUND naming %s instead of NO_MANDATE', async (_, query, named) => {
    const response = await ask(query);
    expectProblem(response, 404, 'NOT_FOUND');
    expect(response.body.detail).toContain(named);
  });

  it('names everything unknown in one 404', async () => {
    const response = await ask('actor=GM0935.kapper&power=pw-bijstand&municipality=GM9999');
    expectProblem(response, 404, 'NOT_FOUND');
    for (const named of ['GM0935.kapper', 'pw-bijstand', 'GM9999']) expect(response.body.detail).toContain(named);
  });

  it('gives an auditor of Vaals the plain 404 of anything out of scope, and names what is unknown in Vaals', async () => {
    const outOfScope = await ask(bijstand('GM0938.kapper', 'municipality=GM0981'), 'auditor');
    expectProblem(outOfScope, 404, 'NOT_FOUND');
    expect(outOfScope.body.detail).not.toContain('GM0938.kapper');
    const meerssen = await ask(bijstand(MANAGER), 'auditor');
    expect([meerssen.status, meerssen.body.detail]).toEqual([404, expect.not.stringContaining('GM0938 among')]);
    const ownTypo = await ask(bijstand('GM0981.kapper', 'municipality=GM0981'), 'auditor');
    expect([ownTypo.status, ownTypo.body.detail]).toEqual([404, expect.stringContaining('GM0981.kapper')]);
  });

  it('answers POWER_NOT_MANDATABLE with the catalogue\'s 10:3 reason for anyone but the holder, and the council itself authorised', async () => {
    const response = await ask('actor=college:GM0935&power=PW-VERORDENING&municipality=GM0938&validOn=2026-03-01');
    expect([response.status, response.body]).toEqual([
      200,
      expect.objectContaining({ authorised: false, reason: 'POWER_NOT_MANDATABLE', chain: [], flags: [], onBehalfOf: 'raad:GM0938', nonMandatableReason: expect.stringContaining('10:3') }),
    ]);
    const council = await ask('actor=raad:GM0938&power=PW-VERORDENING&municipality=GM0938&validOn=2026-03-01');
    expect(council.body).toMatchObject({ authorised: true, reason: null, chain: [], signatureLine: null });
    expect(council.body).not.toHaveProperty('nonMandatableReason');
  });

  it('accepts knownAt as any ISO-8601 instant with a zone and answers it as the UTC instant with milliseconds', async () => {
    const whole = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
    const asked = [whole.toISOString().replace('.000Z', 'Z'), `${new Date(whole.getTime() + 3_600_000).toISOString().slice(0, 19)}+01:00`, whole.toISOString()];
    const answers = await Promise.all(asked.map((knownAt) => ask(`${bijstand(MANAGER)}&knownAt=${encodeURIComponent(knownAt)}`)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.body.knownAt)).toEqual([whole.toISOString(), whole.toISOString(), whole.toISOString()]);
    expect(answers[0].body).toEqual(answers[2].body);
  });

  it.each([
    ['/authority', bijstand(MANAGER)],
    ['/participants', ''],
    [`/documents/${DOCUMENTS.meerssenMandate.id}`, ''],
    ['/registers/college:GM0938', ''],
    ['/publications/pending', ''],
  ])('refuses a knownAt in the future on %s with 400 naming knownAt', async (path, query) => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const response = await register.client.get(`${path}?${query}${query === '' ? '' : '&'}knownAt=${tomorrow}`);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'knownAt', message: expect.stringContaining('future') })]);
  });

  it('takes the external title under a signed decision as the actor when one function carries it, and answers with the function\'s id', async () => {
    const at = `municipality=GM0938&validOn=2026-03-01&knownAt=${new Date().toISOString()}`;
    const byId = await ask(bijstand(MANAGER, at));
    expect(byId.body).toMatchObject({ authorised: true, actor: MANAGER });
    for (const title of ['Directeur SZMH', 'directeur  szmh']) {
      const byTitle = await ask(bijstand(title, at));
      expect([byTitle.status, byTitle.body]).toEqual([200, byId.body]);
    }
  });

  it('authorises an organ for a power it holds itself on any date, participant or not: Eijsden-Margraten\'s college after its exit', async () => {
    const response = await ask('actor=college:GM1903&power=PW-BIJSTAND&municipality=GM1903&validOn=2026-03-01');
    expect(response.body).toMatchObject({ authorised: true, reason: null, chain: [], onBehalfOf: 'college:GM1903', signatureLine: null });
  });

  it('signs a volmacht on behalf of the municipality, not its college (Gemeentewet art. 160, 171)', async () => {
    const volmacht = { kind: 'volmacht', powers: ['PW-BETALINGSREGELING'], subMandateAllowed: [], ceiling: null };
    const granted = await expectCreated(register.client, '/mandates', meerssenMandateBody({ id: uniqueId('volmacht-gm0938'), ...volmacht }));
    const response = await ask(`actor=college:GM0935&power=PW-BETALINGSREGELING&municipality=GM0938&validOn=2026-03-01`);
    expect(response.body).toMatchObject({ authorised: true, signatureLine: 'namens de gemeente Meerssen', chain: [expect.objectContaining({ mandateId: granted.id })] });
  });

  it('refuses an external title that two functions carry with 400 on actor, listing them', async () => {
    await expectCreated(register.client, '/functions', { id: 'GM0935.directeur-szmh-waarnemend', name: 'Waarnemend directeur', municipality: 'GM0935', externalTitles: ['Directeur SZMH'] });
    const response = await ask(bijstand('Directeur SZMH'));
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ field: 'actor', message: expect.stringContaining(MANAGER) }]);
  });
});
