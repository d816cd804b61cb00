import fc from 'fast-check';
import type { RegisterRequest } from '../register-command';
import type { RegisterWorld } from '../register-world/register-world';
import { grantorsAbove } from './mandate-register.invariants';

/**
 * The commands of the mandate property test, generated as intents that pick
 * their target among the mandates that exist when they run, so that chains
 * actually grow: grants, sub-grants (with random widening attempts and
 * grantees taken from higher up the chain or from outside the central
 * municipality's staff), revocations (forward and backdated), corrections and
 * decisions registered or not, of the right organ and type or not.
 */

const POWERS = ['PW-BIJSTAND', 'PW-TERUGVORDERING', 'PW-BIJZONDERE-BIJSTAND', 'PW-BETALINGSREGELING', 'PW-VERORDENING'];
const MUNICIPALITIES = ['GM0938', 'GM0981', 'GM0935', 'GM1903'];
const FROM_DATES = ['2021-06-01', '2021-07-01', '2025-12-01', '2026-01-01', '2026-03-01', '2026-07-01'];
const UNTIL_DATES = [null, '2026-03-01', '2026-07-01', '2027-01-01', '2028-01-01'];
const CEILINGS = [null, 1000, 10000, 25000, 30000];
const MANAGER = 'GM0935.manager-sociale-zekerheid';
const TEAM_LEADER = 'GM0935.teamleider-inkomen';
const MEERSSEN_OFFICER = 'GM0938.beleidsmedewerker-sociale-zaken';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** Mostly plausible values, so that enough commands pass to build chains worth checking. */
const weighted = <T>(entries: readonly [T, number][]) =>
  fc.oneof(...entries.map(([value, weight]) => ({ weight, arbitrary: fc.constant(value) })));

const grantPowersArb = fc.oneof(
  { weight: 6, arbitrary: fc.subarray(POWERS.slice(0, 3), { minLength: 1 }) },
  { weight: 1, arbitrary: fc.subarray(POWERS, { minLength: 1 }) },
);
/** A sub-mandate mostly passes on PW-BIJSTAND alone; sometimes it tries for more. */
const subPowersArb = fc.oneof({ weight: 4, arbitrary: fc.constant<string[]>(['PW-BIJSTAND']) }, { weight: 3, arbitrary: grantPowersArb });

const termsArb = (grantees: fc.Arbitrary<string>, decisions: fc.Arbitrary<string>, powers: fc.Arbitrary<string[]>) =>
  fc.record({
    kind: weighted([['mandaat', 8], ['volmacht', 1], ['machtiging', 1]]),
    scope: fc.constant('general'),
    grantee: grantees,
    powers,
    allowAll: weighted([[true, 3], [false, 1]]),
    municipalities: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.subarray(MUNICIPALITIES, { minLength: 1 }) }),
    ceiling: pick(CEILINGS),
    decision: decisions,
    // Now and then a prospective grant (from March or July), which can be revoked before it begins.
    validFrom: weighted([['2026-01-01', 4], ['2026-03-01', 2], ['2026-07-01', 2], ...FROM_DATES.map((d): [string, number] => [d, 1])]),
    // Open-ended more often than not, as most mandates are; under a parent that ends, such a sub-mandate lapses with it.
    validUntil: weighted([[null, 3], ...UNTIL_DATES.filter((d) => d !== null).map((d): [string, number] => [d, 1])]),
    consentBasis: weighted([[{ type: 'statutory', citation: 'Wgr art. 8 lid 4' }, 5], [null, 1]]),
  });
type Terms = ReturnType<typeof termsArb> extends fc.Arbitrary<infer T> ? T : never;

const toData = ({ allowAll, powers, ...terms }: Terms) => ({ ...terms, powers, subMandateAllowed: allowAll ? powers : powers.slice(1) });

const grantorArb = weighted([['college:GM0938', 5], ['college:GM0981', 3], ['college:GM0935', 2], ['burgemeester:GM0938', 1], ['college:GM1903', 1], [MANAGER, 1]]);
const grantGranteeArb = weighted([['college:GM0935', 6], [MEERSSEN_OFFICER, 1], ['college:GM0938', 1], [MANAGER, 1]]);
const subGranteeArb = weighted([
  [MANAGER, 4], [TEAM_LEADER, 4], ['college:GM0938', 1], ['college:GM0935', 1], ['college:GM0981', 1], [MEERSSEN_OFFICER, 1], ['burgemeester:GM0935', 1],
]);
/**
 * Each root college's own decisions. A generated 'own' resolves to those of
 * the grantor, or of the college at the top of the target's chain, so that
 * most commands rest on the right organ's decision and chains grow; the rest
 * name another organ's decision, an agreement, or nothing registered.
 */
const OWN: Readonly<Record<string, { grant: string; revocation: string; earlyRevocation: string }>> = {
  'college:GM0938': { grant: 'doc-mandate-gm0938-2026', revocation: 'doc-revocation-gm0938-2026', earlyRevocation: 'doc-revocation-gm0938-early' },
  'college:GM0981': { grant: 'doc-mandate-gm0981-2026', revocation: 'doc-revocation-gm0981-2026', earlyRevocation: 'doc-revocation-gm0981-2026' },
};
const ownOf = (college: string | undefined) => OWN[college ?? ''] ?? OWN['college:GM0938'];
const grantDecisionArb = weighted([
  ['own', 6], ['doc-mandate-gm0938-2026', 1], ['doc-mandate-gm0981-2026', 1], ['doc-late-1', 1], ['doc-late-2', 1], ['doc-never', 1], ['doc-dvo-gm0938', 1],
]);
const subDecisionArb = weighted([
  ['doc-submandate-gm0935-2026', 6], ['doc-late-1', 1], ['doc-never', 1], ['doc-dvo-gm0938', 1], ['doc-mandate-gm0981-2026', 1],
]);
/** The chain's own revocation decision (Meerssen's of 2026-06-15 or 2026-02-10, Vaals's of 2026-02-15), another's, or one that cannot revoke. */
const revocationDecisionArb = weighted([
  ['own', 3], ['own-early', 2], ['doc-revocation-gm0938-2026', 1], ['doc-revocation-gm0981-2026', 1], ['doc-late-1', 1], ['doc-never', 1], ['doc-dvo-gm0938', 1],
]);

/** Which existing mandate a command targets; -1 names one the register does not hold. */
const targetArb = fc.oneof({ weight: 12, arbitrary: fc.nat(20) }, { weight: 1, arbitrary: fc.constant(-1) });

const correctionArb = fc.oneof(
  fc.record({ field: fc.constant('validFrom'), value: pick(FROM_DATES) }),
  fc.record({ field: fc.constant('validUntil'), value: pick(UNTIL_DATES) }),
  fc.record({ field: fc.constant('ceiling'), value: pick(CEILINGS) }),
  fc.record({ field: fc.constant('decision'), value: pick(['doc-mandate-gm0938-2026', 'doc-late-2', 'doc-never']) }),
  fc.record({ field: fc.constantFrom('powers', 'grantee'), value: fc.constant<string[]>(['PW-BIJSTAND']) }),
);

export const intentArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ intent: fc.constant('grant' as const), grantor: grantorArb, terms: termsArb(grantGranteeArb, grantDecisionArb, grantPowersArb) }) },
  { weight: 6, arbitrary: fc.record({ intent: fc.constant('sub' as const), target: targetArb, terms: termsArb(subGranteeArb, subDecisionArb, subPowersArb) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      intent: fc.constant('revoke' as const),
      target: targetArb,
      decision: revocationDecisionArb,
      // 'first-day' revokes from the target's validFrom: before it began, or backwards once it applied.
      validUntil: weighted([['first-day', 4], ...['2026-02-01', '2026-03-01', '2026-07-01', '2026-10-01', '2021-06-15'].map((d): [string, number] => [d, 1])]),
    }),
  },
  { weight: 2, arbitrary: fc.record({ intent: fc.constant('correct' as const), target: targetArb, correction: correctionArb }) },
  { weight: 1, arbitrary: fc.record({ intent: fc.constant('document' as const), id: pick(['doc-late-1', 'doc-late-2']) }) },
);
export type Intent = ReturnType<typeof intentArb.generate>['value'];

export function toRequest(intent: Intent, world: RegisterWorld, sequence: number): RegisterRequest {
  const mandates = world.allMandates();
  const ids = mandates.map((m) => m.mandateId);
  const target = (index: number) => (index < 0 || ids.length === 0 ? 'M-unknown' : ids[index % ids.length]);
  const byId = new Map(mandates.map((m) => [m.mandateId, m]));
  const firstDay = (index: number) => byId.get(target(index))?.validFrom ?? '2026-01-01';
  const rootGrantor = (index: number) => {
    const mandate = byId.get(target(index));
    return mandate && [mandate.grantor, ...grantorsAbove(mandate, byId)].at(-1);
  };
  switch (intent.intent) {
    case 'grant': {
      const decision = intent.terms.decision === 'own' ? ownOf(intent.grantor).grant : intent.terms.decision;
      return { type: 'GrantMandate', data: { mandateId: `M${sequence}`, grantor: intent.grantor, ...toData(intent.terms), decision } };
    }
    case 'sub':
      return { type: 'GrantSubMandate', data: { mandateId: `M${sequence}`, parentMandateId: target(intent.target), ...toData(intent.terms) } };
    case 'revoke': {
      // From the first day, mostly of a mandate that has not begun yet: revoked before it began, or else backwards.
      const prospective = mandates.filter((m) => m.validFrom > m.decidedOn && m.revocation === null).map((m) => ids.indexOf(m.mandateId));
      const index = intent.validUntil === 'first-day' && prospective.length > 0 && intent.target % 3 !== 0 ? prospective[intent.target % prospective.length] : intent.target;
      const own = ownOf(rootGrantor(index));
      const decision = { own: own.revocation, 'own-early': own.earlyRevocation }[intent.decision] ?? intent.decision;
      const validUntil = intent.validUntil === 'first-day' ? firstDay(index) : intent.validUntil;
      return { type: 'RevokeMandate', data: { mandateId: target(index), decision, validUntil } };
    }
    case 'correct':
      return { type: 'CorrectMandate', data: { mandateId: target(intent.target), ...intent.correction, reason: 'property test' } };
    case 'document':
      return {
        type: 'RegisterDocument',
        data: { id: intent.id, type: 'mandate-decision', title: intent.id, decidedOn: '2026-01-27', decidedBy: ['college:GM0938'], concerns: ['GM0938'] },
        contentSha256: null,
        today: '2026-11-23',
      };
  }
}

const registered = (id: string, type: string, decidedBy: string, decidedOn: string) => ({
  type: 'RegisterDocument' as const,
  data: { id, type, title: id, decidedOn, decidedBy: [decidedBy], concerns: [decidedBy.slice(-6)] },
  contentSha256: null,
  today: '2026-11-23',
});

/**
 * Three original mandates to start from: Meerssen's (open-ended, EUR 25000),
 * Vaals's (until 2028, no ceiling) and Meerssen's for the second half of 2026
 * (decided in January, so it can be revoked before it begins), each on its
 * own college's decision; and revocation decisions of both colleges and the
 * Meerssen service agreement, to revoke or ground with.
 */
export async function withRoots(world: RegisterWorld): Promise<RegisterWorld> {
  const root = {
    kind: 'mandaat', scope: 'general', grantee: 'college:GM0935', powers: POWERS.slice(0, 3), subMandateAllowed: POWERS.slice(0, 2),
    consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4' }, validFrom: '2026-01-01',
  };
  const meerssen = { ...root, mandateId: 'M-meerssen', grantor: 'college:GM0938', ceiling: 25000, decision: 'doc-mandate-gm0938-2026' };
  await world.execute({ type: 'GrantMandate', data: meerssen });
  await world.execute({ type: 'GrantMandate', data: { ...meerssen, mandateId: 'M-meerssen-july', validFrom: '2026-07-01', validUntil: '2027-01-01' } });
  await world.execute({ type: 'GrantMandate', data: { ...root, mandateId: 'M-vaals', grantor: 'college:GM0981', validUntil: '2028-01-01', decision: 'doc-mandate-gm0981-2026' } });
  await world.execute(registered('doc-revocation-gm0981-2026', 'revocation-decision', 'college:GM0981', '2026-02-15'));
  await world.execute(registered('doc-revocation-gm0938-early', 'revocation-decision', 'college:GM0938', '2026-02-10'));
  await world.execute(registered('doc-dvo-gm0938', 'agreement', 'college:GM0938', '2026-01-27'));
  return world;
}
