import { POWERS, REVOCATION_DECISION, document } from '../../../../domain/src/testing/szmh-reference.fixture';
import type { RegisterRequest } from '@register/domain';
import { RecordedRegister } from '../recorded-register';
import {
  ask,
  AT,
  chainIds,
  example1,
  grantMeerssen,
  MANAGER_MANDATE_ID,
  MEERSSEN_MANDATE_ID,
  publish,
  registerDocument,
  revoke,
  subMandate,
  szmhReference,
} from '../szmh-log.fixture';

const exitDecision = (municipality: string) =>
  document({ documentId: `doc-exit-${municipality}`, type: 'exit-decision', decidedOn: '2026-08-20', decidedBy: [`college:${municipality}`], concerns: [municipality] });

/** Example 1 and then `municipality` leaves the arrangement on 2026-10-01, recorded on 2026-09-01. */
async function exitOf(municipality: string): Promise<RecordedRegister> {
  const register = await example1();
  const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality, exitOn: '2026-10-01', decision: `doc-exit-${municipality}` } };
  await register.at('2026-09-01T09:00:00.000Z', registerDocument(exitDecision(municipality)), exit);
  return register;
}

describe('answerAuthority', () => {
  describe('the organ that holds the power (Awb 10:7)', () => {
    it('authorises the Meerssen college itself with an empty chain, even when it mandated nothing', async () => {
      const answer = ask(await szmhReference(), { actor: 'college:GM0938' });
      expect(answer).toMatchObject({ authorised: true, chain: [], flags: [], reason: null, onBehalfOf: 'college:GM0938' });
      // No mandate, so no "namens" line (Awb 10:10): the college signs in its own name.
      expect(answer.signatureLine).toBeNull();
    });

    it('takes the holder from the catalogue: the burgemeester for public order, not the college', async () => {
      const register = await szmhReference();
      const power = POWERS.openbareOrde.powerId;
      expect(ask(register, { actor: 'burgemeester:GM0938', power })).toMatchObject({ authorised: true, onBehalfOf: 'burgemeester:GM0938' });
      expect(ask(register, { actor: 'college:GM0938', power })).toMatchObject({ authorised: false, reason: 'NO_MANDATE' });
    });

    it('authorises the college of Eijsden-Margraten for its own power after it left on 2021-07-01: leaving ends mandates, not the law', async () => {
      const register = await szmhReference();
      const asked = { actor: 'college:GM1903', municipality: 'GM1903' };
      expect(ask(register, { ...asked, validOn: '2021-06-30' })).toMatchObject({ authorised: true, reason: null, chain: [] });
      expect(ask(register, { ...asked, validOn: '2021-07-01' })).toMatchObject({ authorised: true, reason: null, chain: [], flags: [], signatureLine: null });
    });

    it('authorises the holder before it ever took part too: the power is the law\'s (Participatiewet art. 7), not the arrangement\'s', async () => {
      const register = await szmhReference();
      expect(ask(register, { actor: 'college:GM1903', municipality: 'GM1903', validOn: '2010-01-01' })).toMatchObject({ authorised: true, reason: null });
    });
  });

  describe('NO_MANDATE', () => {
    it('answers NO_MANDATE with an empty chain for an actor nobody mandated, still naming on whose behalf it would act', async () => {
      const answer = ask(await example1(), { actor: 'GM0938.beleidsmedewerker-sociale-zaken' });
      expect(answer).toMatchObject({ authorised: false, reason: 'NO_MANDATE', chain: [], flags: [], onBehalfOf: 'college:GM0938' });
      expect(answer.signatureLine).toBe('namens het college van burgemeester en wethouders van Meerssen');
    });

    it('answers NO_MANDATE for a power the mandates do not name: the sub-mandate covers PW-BIJSTAND only', async () => {
      const register = await example1();
      expect(ask(register, { power: 'PW-TERUGVORDERING' })).toMatchObject({ authorised: false, reason: 'NO_MANDATE', chain: [] });
      expect(ask(register, { power: 'PW-TERUGVORDERING', actor: 'college:GM0935' }).authorised).toBe(true);
    });

    it('answers NO_MANDATE for another municipality than the mandate is for', async () => {
      expect(ask(await example1(), { municipality: 'GM0981' })).toMatchObject({ authorised: false, reason: 'NO_MANDATE', onBehalfOf: 'college:GM0981' });
    });

    it('answers NO_MANDATE without a holder for a power the catalogue does not hold', async () => {
      const answer = ask(await example1(), { power: 'PW-ONBEKEND' });
      expect(answer).toMatchObject({ authorised: false, reason: 'NO_MANDATE', onBehalfOf: null, signatureLine: null, chain: [] });
    });
  });

  describe('NOT_A_PARTICIPANT: a municipality leaves the arrangement (GR SZMH art. 21)', () => {
    it('authorises the manager until the day before Meerssen exits, and not from its exit date', async () => {
      const register = await exitOf('GM0938');
      expect(ask(register, { validOn: '2026-09-30' }).authorised).toBe(true);
      const answer = ask(register, { validOn: '2026-10-01' });
      expect(answer).toMatchObject({ authorised: false, reason: 'NOT_A_PARTICIPANT' });
      expect(chainIds(answer)).toEqual([MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID]);
    });

    it('leaves the Meerssen college competent itself after the exit date, while the Maastricht college it mandated is not', async () => {
      const register = await exitOf('GM0938');
      expect(ask(register, { actor: 'college:GM0938', validOn: '2026-10-01' })).toMatchObject({ authorised: true, reason: null, chain: [] });
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-10-01' })).toMatchObject({ authorised: false, reason: 'NOT_A_PARTICIPANT' });
    });

    it('ends mandates for Meerssen when the grantee side, Maastricht, leaves', async () => {
      const register = await exitOf('GM0935');
      expect(ask(register, { validOn: '2026-10-01' }).reason).toBe('NOT_A_PARTICIPANT');
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-10-01' }).reason).toBe('NOT_A_PARTICIPANT');
    });

    it('still authorises after the exit date when asked with knownAt before the exit was recorded', async () => {
      expect(ask(await exitOf('GM0938'), { validOn: '2026-10-02', knownAt: '2026-08-31T23:59:59.999Z' }).authorised).toBe(true);
    });

    it('gives NOT_A_PARTICIPANT priority over an earlier revocation', async () => {
      const register = await exitOf('GM0938');
      await register.at('2026-09-02T09:00:00.000Z', registerDocument(REVOCATION_DECISION), revoke(MEERSSEN_MANDATE_ID, '2026-09-15'));
      expect(ask(register, { validOn: '2026-09-20' }).reason).toBe('REVOKED');
      expect(ask(register, { validOn: '2026-10-02' }).reason).toBe('NOT_A_PARTICIPANT');
    });
  });

  describe('EXCEEDS_CEILING: the amount against every ceiling along the chain', () => {
    it("authorises the manager up to its own ceiling of 10000 and not a cent above, though Meerssen's is 25000", async () => {
      const register = await example1();
      expect(ask(register, { amount: 10000 }).authorised).toBe(true);
      expect(ask(register, { amount: 10000.01 })).toMatchObject({ authorised: false, reason: 'EXCEEDS_CEILING', flags: [] });
      expect(ask(register, { actor: 'college:GM0935', amount: 25000 }).authorised).toBe(true);
      expect(ask(register, { actor: 'college:GM0935', amount: 25001 }).reason).toBe('EXCEEDS_CEILING');
    });

    it('treats an absent ceiling as unlimited', async () => {
      const register = await szmhReference();
      await register.at(AT.grants, grantMeerssen({ ceiling: null }), subMandate({ ceiling: null }));
      expect(ask(register, { amount: 1_000_000_000 }).authorised).toBe(true);
    });

    it('ranks EXCEEDS_CEILING below every other reason: not yet in force comes first', async () => {
      expect(ask(await example1(), { axis: 'inForce', amount: 20000 }).reason).toBe('NOT_YET_IN_FORCE');
    });
  });

  describe('NOT_PUBLISHED: a decision with no publication known at knownAt', () => {
    async function onlyMeerssenPublished(): Promise<RecordedRegister> {
      const register = await szmhReference();
      await register.at(AT.grants, grantMeerssen(), subMandate());
      await register.at(AT.publications, publish('doc-mandate-gm0938-2026', 'gmb-2026-90002', '2026-01-29', '2026-01-30'));
      return register;
    }

    it('refuses on the inForce axis when the sub-mandate decision was never published', async () => {
      const answer = ask(await onlyMeerssenPublished(), { axis: 'inForce', validOn: '2026-02-15' });
      expect(answer).toMatchObject({ authorised: false, reason: 'NOT_PUBLISHED' });
      expect(answer.chain.map((link) => link.publication?.publicationId ?? null)).toEqual(['gmb-2026-90002', null]);
    });

    it('ranks NOT_YET_IN_FORCE of the published parent above NOT_PUBLISHED of the sub-mandate', async () => {
      expect(ask(await onlyMeerssenPublished(), { axis: 'inForce', validOn: '2026-01-15' }).reason).toBe('NOT_YET_IN_FORCE');
    });

    it('authorises on the valid axis, flagged NOT_PUBLISHED', async () => {
      const answer = ask(await onlyMeerssenPublished(), { validOn: '2026-02-15' });
      expect(answer).toMatchObject({ authorised: true, flags: ['NOT_PUBLISHED'], reason: null });
    });
  });

  it('takes a decision published twice to be in force from the earliest inForceFrom, whichever was recorded first', async () => {
    const register = await szmhReference();
    await register.at(AT.grants, grantMeerssen());
    await register.at(AT.publications, publish('doc-mandate-gm0938-2026', 'gmb-2026-90002', '2026-01-29', '2026-02-15'));
    await register.at('2026-01-30T09:00:00.000Z', publish('doc-mandate-gm0938-2026', 'gmb-2026-90007', '2026-01-30', '2026-01-31'));
    const answer = ask(register, { actor: 'college:GM0935', axis: 'inForce', validOn: '2026-02-01' });
    expect(answer).toMatchObject({ authorised: true, reason: null });
    expect(answer.chain[0].publication).toEqual({ publicationId: 'gmb-2026-90007', publishedOn: '2026-01-30', inForceFrom: '2026-01-31' });
  });

  it("names the municipality in the signature line as it joined (ParticipantJoined), not by the built-in table", async () => {
    const register = new RecordedRegister();
    const { powerId, ...power } = POWERS.bijstand;
    await register.at(
      AT.reference,
      { type: 'JoinParticipant', data: { municipality: 'GM0938', name: 'Gemeente Meerssen', joinedOn: '2015-01-01' } },
      { type: 'CataloguePower', data: { id: powerId, ...power } },
    );
    expect(ask(register).signatureLine).toBe('namens het college van burgemeester en wethouders van Gemeente Meerssen');
  });
});
