import { MEERSSEN_DECISION, SUBMANDATE_DECISION, TEAM_LEADER } from '../../../../domain/src/testing/szmh-reference.fixture';
import { answerAuthority } from './authority.oracle';
import type { RecordedRegister } from '../recorded-register';
import {
  ask,
  AT,
  chainIds,
  example1,
  grantMeerssen,
  MANAGER_MANDATE_ID,
  MEERSSEN_MANDATE_ID,
  maastrichtDecision,
  publish,
  registerDocument,
  revoke,
  subMandate,
  szmhReference,
} from '../szmh-log.fixture';

const TEAM_LEADER_MANDATE_ID = 'submandate-gm0935-teamleider-2026';
const teamLeaderSubMandate = (validUntil: string | null = null) =>
  subMandate({ mandateId: TEAM_LEADER_MANDATE_ID, parentMandateId: MANAGER_MANDATE_ID, grantee: TEAM_LEADER.functionId, ceiling: 5000, validUntil });

/** Example 1 with a third link: the manager sub-mandates to the team leader, all ending on 2027-01-01. */
async function depthThree(): Promise<RecordedRegister> {
  const register = await szmhReference();
  const until = '2027-01-01';
  await register.at(AT.grants, grantMeerssen({ validUntil: until }), subMandate({ validUntil: until }), teamLeaderSubMandate(until));
  return register;
}

describe('answerAuthority along chains of mandates', () => {
  describe('a chain of three links: Meerssen college, Maastricht college, manager, team leader', () => {
    it('authorises the team leader through all three links, holder first', async () => {
      const answer = ask(await depthThree(), { actor: TEAM_LEADER.functionId, validOn: '2026-06-01' });
      expect(answer).toMatchObject({ authorised: true, onBehalfOf: 'college:GM0938', reason: null });
      expect(chainIds(answer)).toEqual([MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID, TEAM_LEADER_MANDATE_ID]);
      expect(answer.chain.map((link) => [link.grantor, link.grantee])).toEqual([
        ['college:GM0938', 'college:GM0935'],
        ['college:GM0935', 'GM0935.manager-sociale-zekerheid'],
        ['GM0935.manager-sociale-zekerheid', 'GM0935.teamleider-inkomen'],
      ]);
    });

    it('answers REVOKED for the team leader when the middle link is revoked, though its own sub-mandate is untouched', async () => {
      const register = await depthThree();
      await register.at('2026-06-15T14:00:00.000Z', revoke(MANAGER_MANDATE_ID, '2026-07-01', SUBMANDATE_DECISION.documentId));
      expect(ask(register, { actor: TEAM_LEADER.functionId, validOn: '2026-06-30' }).authorised).toBe(true);
      const answer = ask(register, { actor: TEAM_LEADER.functionId, validOn: '2026-07-01' });
      expect(answer).toMatchObject({ authorised: false, reason: 'REVOKED' });
      expect(answer.chain.map((link) => link.validUntil)).toEqual(['2027-01-01', '2026-07-01', '2027-01-01']);
      expect(ask(register, { actor: 'college:GM0935', validOn: '2026-07-01' }).authorised).toBe(true);
    });

    it('answers LAPSED for those below a link whose period ran out, and EXPIRED for its own grantee', async () => {
      const register = await depthThree();
      expect(ask(register, { actor: TEAM_LEADER.functionId, validOn: '2026-12-31' }).authorised).toBe(true);
      expect(ask(register, { actor: TEAM_LEADER.functionId, validOn: '2027-01-01' }).reason).toBe('LAPSED');
      expect(ask(register, { actor: 'GM0935.manager-sociale-zekerheid', validOn: '2027-01-01' }).reason).toBe('LAPSED');
      expect(ask(register, { actor: 'college:GM0935', validOn: '2027-01-01' }).reason).toBe('EXPIRED');
    });

    it('checks the amount against every ceiling along the chain: the team leader stops at 5000', async () => {
      const register = await depthThree();
      expect(ask(register, { actor: TEAM_LEADER.functionId, validOn: '2026-06-01', amount: 5000 }).authorised).toBe(true);
      const above = ask(register, { actor: TEAM_LEADER.functionId, validOn: '2026-06-01', amount: 5000.01 });
      expect(above).toMatchObject({ authorised: false, reason: 'EXCEEDS_CEILING' });
      expect(chainIds(above)).toHaveLength(3);
    });
  });

  describe('several chains to the same actor', () => {
    const secondDecision = maastrichtDecision('doc-submandate-gm0935-2026-b');
    async function twoSubMandates(): Promise<RecordedRegister> {
      const register = await szmhReference();
      await register.at(AT.decisions, registerDocument(secondDecision));
      await register.at(
        AT.grants,
        grantMeerssen(),
        subMandate({ mandateId: 'sub-a', validUntil: '2026-03-01' }),
        subMandate({ mandateId: 'sub-b', decision: secondDecision.documentId, validFrom: '2026-03-01' }),
      );
      return register;
    }

    it('authorises through whichever chain holds on validOn', async () => {
      const register = await twoSubMandates();
      expect(chainIds(ask(register, { validOn: '2026-02-01' }))).toEqual([MEERSSEN_MANDATE_ID, 'sub-a']);
      expect(chainIds(ask(register, { validOn: '2026-04-01' }))).toEqual([MEERSSEN_MANDATE_ID, 'sub-b']);
      expect(ask(register, { validOn: '2026-04-01' }).authorised).toBe(true);
    });

    it('shows the nearest chain when none holds: an expired sub-mandate is nearer than a revoked one', async () => {
      const register = await twoSubMandates();
      await register.at('2026-04-15T09:00:00.000Z', revoke('sub-b', '2026-05-01', SUBMANDATE_DECISION.documentId));
      const answer = ask(register, { validOn: '2026-06-01' });
      expect(answer).toMatchObject({ authorised: false, reason: 'EXPIRED' });
      expect(chainIds(answer)).toEqual([MEERSSEN_MANDATE_ID, 'sub-a']);
    });

    it('prefers, among chains failing for the same reason, the one that holds further down', async () => {
      const register = await szmhReference();
      const later = { validFrom: '2026-09-01' };
      const direct = grantMeerssen({ ...later, mandateId: 'mandate-gm0938-direct', grantee: 'GM0935.manager-sociale-zekerheid', subMandateAllowed: [] });
      await register.at(AT.grants, direct, grantMeerssen(), subMandate(later));
      const answer = ask(register, { validOn: '2026-06-01' });
      expect(answer).toMatchObject({ authorised: false, reason: 'NOT_YET_VALID' });
      expect(chainIds(answer)).toEqual([MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID]);
    });

    it('shows, among chains that hold, the one with fewer flags: two published links before one unpublished', async () => {
      const register = await szmhReference();
      const directDecision = { ...MEERSSEN_DECISION, documentId: 'doc-mandate-gm0938-direct', publications: [] };
      const direct = { mandateId: 'mandate-gm0938-direct', grantee: 'GM0935.manager-sociale-zekerheid', subMandateAllowed: [] };
      await register.at(AT.decisions, registerDocument(directDecision));
      await register.at(AT.grants, grantMeerssen(), subMandate(), grantMeerssen({ ...direct, decision: directDecision.documentId }));
      await register.at(
        AT.publications,
        publish(MEERSSEN_DECISION.documentId, 'gmb-2026-90002', '2026-01-29', '2026-01-30'),
        publish(SUBMANDATE_DECISION.documentId, 'gmb-2026-90003', '2026-01-29', '2026-01-30'),
      );
      const answer = ask(register, { validOn: '2026-02-15' });
      expect(answer).toMatchObject({ authorised: true, flags: [] });
      expect(chainIds(answer)).toEqual([MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID]);
    });

    it('breaks a full tie by mandate id, whatever order the grants were recorded in', async () => {
      const register = await szmhReference();
      await register.at(AT.grants, grantMeerssen(), subMandate({ mandateId: 'sub-z' }), subMandate({ mandateId: 'sub-m' }));
      expect(chainIds(ask(register, { validOn: '2026-02-15' }))).toEqual([MEERSSEN_MANDATE_ID, 'sub-m']);
    });
  });

  it('folds the log in position order, whatever order the events are handed in: a revocation never precedes its grant', async () => {
    const register = await example1();
    await register.at('2026-06-15T14:00:00.000Z', revoke(MANAGER_MANDATE_ID, '2026-07-01', SUBMANDATE_DECISION.documentId));
    const question = { actor: 'GM0935.manager-sociale-zekerheid', power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-07-02' };
    const reversed = answerAuthority([...register.events].reverse(), { ...question, knownAt: AT.asked, axis: 'valid' });
    expect(reversed).toEqual(ask(register, question));
    expect(reversed.reason).toBe('REVOKED');
  });
});
