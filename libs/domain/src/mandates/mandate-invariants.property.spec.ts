import fc from 'fast-check';
import type { RegisterRequest } from '../register-command';
import { isDomainError } from '../shared/domain.error';
import type { RegisterWorld } from '../testing/register-world';
import { seededSzmhWorld } from '../testing/szmh-world.fixture';
import type { MandateRecord } from './mandate.state';

/**
 * Random sequences of grants, sub-grants (with random widening attempts and
 * grantees taken from higher up the chain), revocations, corrections and
 * decisions registered or not, run through the in-memory handlers. Whatever
 * is accepted, the register never holds a sub-mandate wider than its parent,
 * a mandate without a registered decision, or a chain that loops.
 *
 * Commands are generated as intents that pick their target among the mandates
 * that exist when they run, so that chains actually grow.
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
    validFrom: weighted([['2026-01-01', 4], ...FROM_DATES.map((d): [string, number] => [d, 1])]),
    validUntil: pick(UNTIL_DATES),
    consentBasis: weighted([[{ type: 'statutory', citation: 'Wgr art. 8 lid 4' }, 5], [null, 1]]),
  });
type Terms = ReturnType<typeof termsArb> extends fc.Arbitrary<infer T> ? T : never;

const toData = ({ allowAll, powers, ...terms }: Terms) => ({ ...terms, powers, subMandateAllowed: allowAll ? powers : powers.slice(1) });

const grantorArb = weighted([['college:GM0938', 5], ['college:GM0981', 3], ['college:GM0935', 2], ['burgemeester:GM0938', 1], ['college:GM1903', 1], [MANAGER, 1]]);
const grantGranteeArb = weighted([['college:GM0935', 6], [MEERSSEN_OFFICER, 1], ['college:GM0938', 1], [MANAGER, 1]]);
const subGranteeArb = weighted([[MANAGER, 4], [TEAM_LEADER, 4], ['college:GM0938', 1], ['college:GM0935', 1], ['college:GM0981', 1], [MEERSSEN_OFFICER, 1]]);
const grantDecisionArb = weighted([['doc-mandate-gm0938-2026', 6], ['doc-late-1', 1], ['doc-late-2', 1], ['doc-never', 1]]);
const subDecisionArb = weighted([['doc-submandate-gm0935-2026', 6], ['doc-late-1', 1], ['doc-never', 1]]);

/** Which existing mandate a command targets; -1 names one the register does not hold. */
const targetArb = fc.oneof({ weight: 12, arbitrary: fc.nat(20) }, { weight: 1, arbitrary: fc.constant(-1) });

const correctionArb = fc.oneof(
  fc.record({ field: fc.constant('validFrom'), value: pick(FROM_DATES) }),
  fc.record({ field: fc.constant('validUntil'), value: pick(UNTIL_DATES) }),
  fc.record({ field: fc.constant('ceiling'), value: pick(CEILINGS) }),
  fc.record({ field: fc.constant('decision'), value: pick(['doc-mandate-gm0938-2026', 'doc-late-2', 'doc-never']) }),
  fc.record({ field: fc.constantFrom('powers', 'grantee'), value: fc.constant<string[]>(['PW-BIJSTAND']) }),
);

const intentArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ intent: fc.constant('grant' as const), grantor: grantorArb, terms: termsArb(grantGranteeArb, grantDecisionArb, grantPowersArb) }) },
  { weight: 6, arbitrary: fc.record({ intent: fc.constant('sub' as const), target: targetArb, terms: termsArb(subGranteeArb, subDecisionArb, subPowersArb) }) },
  { weight: 1, arbitrary: fc.record({ intent: fc.constant('revoke' as const), target: targetArb, decision: pick(['doc-revocation-gm0938-2026', 'doc-late-1', 'doc-never']), validUntil: pick(['2026-02-01', '2026-07-01', '2026-10-01', '2021-06-15']) }) },
  { weight: 2, arbitrary: fc.record({ intent: fc.constant('correct' as const), target: targetArb, correction: correctionArb }) },
  { weight: 1, arbitrary: fc.record({ intent: fc.constant('document' as const), id: pick(['doc-late-1', 'doc-late-2']) }) },
);
type Intent = ReturnType<typeof intentArb.generate>['value'];

function toRequest(intent: Intent, world: RegisterWorld, sequence: number): RegisterRequest {
  const ids = world.allMandates().map((m) => m.mandateId);
  const target = (index: number) => (index < 0 || ids.length === 0 ? 'M-unknown' : ids[index % ids.length]);
  switch (intent.intent) {
    case 'grant':
      return { type: 'GrantMandate', data: { mandateId: `M${sequence}`, grantor: intent.grantor, ...toData(intent.terms) } };
    case 'sub':
      return { type: 'GrantSubMandate', data: { mandateId: `M${sequence}`, parentMandateId: target(intent.target), ...toData(intent.terms) } };
    case 'revoke':
      return { type: 'RevokeMandate', data: { mandateId: target(intent.target), decision: intent.decision, validUntil: intent.validUntil } };
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

/** Two original mandates to start from: Meerssen's (open-ended, EUR 25000) and Vaals's (until 2028, no ceiling). */
async function withRoots(world: RegisterWorld): Promise<RegisterWorld> {
  const root = {
    kind: 'mandaat', scope: 'general', grantee: 'college:GM0935', powers: POWERS.slice(0, 3), subMandateAllowed: POWERS.slice(0, 2),
    consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4' }, decision: 'doc-mandate-gm0938-2026', validFrom: '2026-01-01',
  };
  await world.execute({ type: 'GrantMandate', data: { ...root, mandateId: 'M-meerssen', grantor: 'college:GM0938', ceiling: 25000 } });
  await world.execute({ type: 'GrantMandate', data: { ...root, mandateId: 'M-vaals', grantor: 'college:GM0981', validUntil: '2028-01-01' } });
  return world;
}

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** Applies a command like a handler; a refusal must leave the register as it was. */
async function apply(world: RegisterWorld, request: RegisterRequest): Promise<void> {
  const before = world.eventCount();
  try {
    await world.execute(request);
    count(`${request.type}:accepted`);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    count(error.code);
    expect(world.eventCount()).toBe(before);
  }
}

/** Written apart from the rules under test, so a broken rule cannot also break its check. */
async function violations(world: RegisterWorld): Promise<string[]> {
  const mandates = world.allMandates();
  const byId = new Map(mandates.map((m) => [m.mandateId, m]));
  const found: string[] = [];
  for (const m of mandates) {
    if ((await world.document(m.decision)) === null) found.push(`${m.mandateId} refers to unregistered ${m.decision}`);
    if (m.revocation && (await world.document(m.revocation.decision)) === null) found.push(`${m.mandateId} revoked by an unregistered decision`);
    const parent = m.parentMandateId === null ? null : byId.get(m.parentMandateId);
    if (parent === undefined) found.push(`${m.mandateId} has no parent in the register`);
    if (parent) found.push(...widerThan(m, parent));
    if (hasCycle(m, byId)) found.push(`${m.mandateId} sits in a chain that loops`);
  }
  return found;
}

function widerThan(m: MandateRecord, p: MandateRecord): string[] {
  const end = [m.validUntil, m.revocation?.validUntil ?? null].filter((d): d is string => d !== null).sort()[0] ?? null;
  const checks: [boolean, string][] = [
    [m.grantor === p.grantee, 'grantor is not the parent grantee'],
    [m.powers.every((x) => p.powers.includes(x) && p.subMandateAllowed.includes(x)), 'powers'],
    [m.municipalities.every((x) => p.municipalities.includes(x)), 'municipalities'],
    [p.ceiling === null || (m.ceiling !== null && m.ceiling <= p.ceiling), 'ceiling'],
    [m.validFrom >= p.validFrom && (p.validUntil === null || (end !== null && end <= p.validUntil)), 'period'],
  ];
  return checks.filter(([ok]) => !ok).map(([, what]) => `${m.mandateId} wider than ${p.mandateId} in ${what}`);
}

/** Grantee, grantor and every grantor above: a party appearing twice means the chain leads back to itself. */
function hasCycle(m: MandateRecord, byId: Map<string, MandateRecord>): boolean {
  const parties = [m.grantee, m.grantor];
  for (let link = m; link.parentMandateId !== null && parties.length <= byId.size + 2; ) {
    const parent = byId.get(link.parentMandateId);
    if (!parent) break;
    parties.push(parent.grantor);
    link = parent;
  }
  return new Set(parties).size !== parties.length;
}

describe('mandate invariants under random command sequences', () => {
  it('never stores a sub-mandate wider than its parent, a grant without a registered decision, or a cycle', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(intentArb, { minLength: 3, maxLength: 25, size: 'max' }), async (intents) => {
        const world = await withRoots(await seededSzmhWorld());
        for (const [sequence, intent] of intents.entries()) {
          await apply(world, toRequest(intent, world, sequence));
          expect(await violations(world)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    // The generators must reach the interesting paths, or the property proves nothing.
    for (const key of ['GrantMandate:accepted', 'GrantSubMandate:accepted', 'CorrectMandate:accepted', 'RevokeMandate:accepted']) {
      expect(tally.get(key) ?? 0).toBeGreaterThan(20);
    }
    for (const code of ['SUBMANDATE_EXCEEDS_PARENT', 'SUBMANDATE_NOT_PERMITTED', 'DELEGATION_CYCLE', 'DECISION_DOCUMENT_REQUIRED', 'CORRECTION_CHANGES_LEGAL_CONTENT']) {
      expect(tally.get(code) ?? 0).toBeGreaterThan(5);
    }
  });
});
