import { isDomainError } from '@register/domain';
import type { MandateGranted, RegisterRequest } from '@register/domain';
import fc from 'fast-check';
import { ALL_POWERS, document, FUNCTIONS, PARTICIPANTS } from '../../../domain/src/testing/szmh-reference.fixture';
import { RecordedRegister } from './recorded-register';
import type { DatedRequest } from './recorded-register';
import { publish, registerDocument } from './szmh-log.fixture';

/**
 * Random histories on the SZMH parties for the authority property test:
 * original grants by partner colleges to the Maastricht college, sub-mandates
 * down a ladder (college → manager → team leader → staff function, depth 4),
 * revocations, corrections, publications and exits, with validity dates from
 * 2025 to 2027 that jump back and forth while the recording clock only moves
 * on. Steps are intents that pick their target among the mandates granted so
 * far, so chains actually grow; whatever the domain refuses records nothing.
 */

export const STAFF_FUNCTION = 'GM0935.medewerker-inkomen';
const LADDER = ['college:GM0935', 'GM0935.manager-sociale-zekerheid', 'GM0935.teamleider-inkomen', STAFF_FUNCTION];
export const PARTNERS = ['GM0938', 'GM0981', 'GM1729', 'GM0994', 'GM1903'];
export const MUNICIPALITIES = [...PARTNERS, 'GM0935'];
export const GRANTED_POWERS = ['PW-BIJSTAND', 'PW-TERUGVORDERING', 'PW-BIJZONDERE-BIJSTAND'];
export const CEILINGS = [null, 1000, 5000, 10000, 25000];

/** The 1st and 15th of every month of 2025–2027, so that dates often coincide on a period's edge, plus any day. */
const GRID = [2025, 2026, 2027].flatMap((y) => Array.from({ length: 12 }, (_, m) => [1, 15].map((d) => isoDate(y, m, d))).flat());
export const dateArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GRID) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 * 365 }).map((days) => addDays('2025-01-01', days)) },
);
const untilArb = fc.option(dateArb, { freq: 3 });

const termsArb = fc.record({
  powers: fc.subarray(GRANTED_POWERS, { minLength: 1 }),
  allowAll: fc.boolean(),
  ceiling: fc.constantFrom(...CEILINGS),
  validFrom: dateArb,
  validUntil: untilArb,
  /** Days before the recording day the decision was taken; 0..400, so some grants are retroactive. */
  decidedDaysAgo: fc.nat(400),
});

const stepArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('grant' as const), grantor: fc.constantFrom(...PARTNERS), terms: termsArb }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('sub' as const), target: fc.nat(30), latest: fc.boolean(), inherit: fc.boolean(), sideways: fc.nat(9), terms: termsArb }),
  },
  // A revocation must fall inside the mandate's period: mostly some days after its start, now and then any date.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('revoke' as const), target: fc.nat(30), validUntil: dateArb, daysIn: fc.option(fc.integer({ min: 1, max: 400 })) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correct' as const),
      target: fc.nat(30),
      field: fc.constantFrom('validFrom', 'validUntil', 'ceiling', 'decision'),
      date: untilArb,
      ceiling: fc.constantFrom(...CEILINGS),
      decision: fc.nat(30),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('publish' as const), decision: fc.nat(30), publishedDaysAgo: fc.nat(30), inForceFrom: fc.option(dateArb) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const), municipality: fc.constantFrom(...PARTNERS), exitOn: dateArb }) },
);
type Step = ReturnType<typeof stepArb.generate>['value'];

/** A history: the steps, and the days the recording clock moves on before each (never back). */
export const historyArb = fc.array(fc.record({ step: stepArb, daysLater: fc.integer({ min: 1, max: 40 }) }), { minLength: 5, maxLength: 30 });
export type RandomHistory = ReturnType<typeof historyArb.generate>['value'];

/** Runs a random history through the domain's deciders; refused requests record nothing. */
export async function recordRandomHistory(history: RandomHistory): Promise<RecordedRegister> {
  const register = await szmhParties();
  let day = '2025-01-06';
  for (const [n, { step, daysLater }] of history.entries()) {
    day = addDays(day, daysLater);
    await recordRefusable(register, `${day}T09:00:00.000Z`, requestsFor(step, n, day, register));
  }
  return register;
}

/** Every participant since 2015, the power catalogue and the functions, with a staff function under the team leader. */
async function szmhParties(): Promise<RecordedRegister> {
  const register = new RecordedRegister();
  const joins = PARTICIPANTS.map(({ municipality, name }): RegisterRequest => ({ type: 'JoinParticipant', data: { municipality, name, joinedOn: '2015-01-01' } }));
  const powers = ALL_POWERS.map(({ powerId, ...power }): RegisterRequest => ({ type: 'CataloguePower', data: { id: powerId, ...power } }));
  const staff = { functionId: STAFF_FUNCTION, name: 'Medewerker Inkomen', municipality: 'GM0935', externalTitles: [] };
  const functions = [...FUNCTIONS, staff].map(({ functionId, ...fn }): RegisterRequest => ({ type: 'RegisterFunction', data: { id: functionId, ...fn } }));
  await register.at('2025-01-06T08:00:00.000Z', ...joins, ...powers, ...functions);
  return register;
}

async function recordRefusable(register: RecordedRegister, recordedAt: string, requests: readonly DatedRequest[]): Promise<void> {
  for (const request of requests) {
    try {
      await register.at(recordedAt, request);
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }
}

function requestsFor(step: Step, n: number, today: string, register: RecordedRegister): DatedRequest[] {
  const grants = grantsOf(register);
  const target = (index: number) => grants[index % Math.max(grants.length, 1)]?.data;
  const decisions = documentIds(register, 'mandate-decision');
  switch (step.kind) {
    case 'grant': {
      const decision = decisionDocument(n, `college:${step.grantor}`, step.grantor, addDays(today, -step.terms.decidedDaysAgo));
      const data = { ...termsData(step.terms, decision.documentId), mandateId: `M${n}`, grantor: `college:${step.grantor}`, grantee: LADDER[0] };
      return [registerDocument(decision), { type: 'GrantMandate', data: { ...data, municipalities: [step.grantor] } }];
    }
    case 'sub': {
      // Under the latest grant half the time, so that chains grow to depth 4.
      const parent = step.latest ? grants[grants.length - 1]?.data : target(step.target);
      if (parent === undefined) return [];
      // Mostly one rung down the ladder from the parent's grantee; now and then any rung, which the domain may refuse.
      const rung = step.sideways === 0 ? (step.target % LADDER.length) : LADDER.indexOf(parent.grantee) + 1;
      const grantee = LADDER[rung] ?? STAFF_FUNCTION;
      const decision = decisionDocument(n, parent.grantee, 'GM0935', addDays(today, -step.terms.decidedDaysAgo));
      const terms = step.inherit ? inherited(parent, decision.documentId) : termsData(step.terms, decision.documentId);
      return [registerDocument(decision), { type: 'GrantSubMandate', data: { ...terms, mandateId: `M${n}`, parentMandateId: parent.mandateId, grantee } }];
    }
    case 'revoke': {
      const mandate = target(step.target);
      const validUntil = mandate === undefined || step.daysIn === null ? step.validUntil : addDays(mandate.validFrom, step.daysIn);
      // Decided by the grantor (Awb 10:8) and no later than it takes effect, as a revocation works forward; registered today.
      const decidedOn = laterOf(mandate?.decidedOn ?? today, earlierOf(today, validUntil));
      const decidedBy = mandate === undefined ? ['college:GM0938'] : [mandate.grantor];
      const decision = document({ documentId: `doc-revocation-${n}`, type: 'revocation-decision', decidedOn, decidedBy });
      const revocation: RegisterRequest = { type: 'RevokeMandate', data: { mandateId: mandate?.mandateId ?? 'M-unknown', decision: decision.documentId, validUntil } };
      return [registerDocument(decision), revocation];
    }
    case 'correct': {
      const value = { validFrom: step.date, validUntil: step.date, ceiling: step.ceiling, decision: decisions[step.decision % Math.max(decisions.length, 1)] }[step.field];
      const data = { mandateId: target(step.target)?.mandateId ?? 'M-unknown', field: step.field, value, reason: 'recorded wrongly', evidence: 'the signed decision' };
      return [{ type: 'CorrectMandate', data }];
    }
    case 'publish': {
      const documentId = decisions[step.decision % Math.max(decisions.length, 1)];
      const publishedOn = addDays(today, -step.publishedDaysAgo);
      const inForceFrom = step.inForceFrom ?? addDays(publishedOn, 1);
      return documentId === undefined ? [] : [publish(documentId, `gmb-${publishedOn.slice(0, 4)}-${9000 + n}`, publishedOn, inForceFrom)];
    }
    case 'exit': {
      const decision = document({ documentId: `doc-exit-${n}`, type: 'exit-decision', decidedOn: today, decidedBy: [`college:${step.municipality}`], concerns: [step.municipality] });
      const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality: step.municipality, exitOn: step.exitOn, decision: decision.documentId } };
      return [registerDocument(decision), exit];
    }
  }
}

type Terms = RandomHistory[number]['step'] extends infer S ? (S extends { terms: infer T } ? T : never) : never;

function termsData(terms: Terms, decision: string) {
  const { powers, allowAll, ceiling, validFrom, validUntil } = terms;
  return { ...commonTerms(decision), powers, subMandateAllowed: allowAll ? powers : powers.slice(1), ceiling, validFrom, validUntil };
}

/** A sub-mandate exactly as wide as its parent allows, so that deep chains are accepted often enough. */
function inherited(parent: MandateGranted['data'], decision: string) {
  const powers = parent.subMandateAllowed;
  return { ...commonTerms(decision), powers, subMandateAllowed: powers, ceiling: parent.ceiling, validFrom: parent.validFrom, validUntil: parent.validUntil };
}

function commonTerms(decision: string) {
  return { kind: 'mandaat', scope: 'general', decision, consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4' } };
}

function decisionDocument(n: number, decidedBy: string, municipality: string, decidedOn: string) {
  return document({ documentId: `doc-decision-${n}`, decidedOn, decidedBy: [decidedBy], concerns: [...new Set(['GM0935', municipality])] });
}

function grantsOf(register: RecordedRegister): MandateGranted[] {
  return register.events.filter((event) => event.type === 'MandateGranted') as unknown as MandateGranted[];
}

function documentIds(register: RecordedRegister, type: string): string[] {
  return register.events.filter((e) => e.type === 'DocumentRegistered' && (e.data as { type: string }).type === type).map((e) => (e.data as { documentId: string }).documentId);
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);
const earlierOf = (a: string, b: string): string => (a < b ? a : b);

function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
