import { isDomainError } from '@register/domain';
import type { RegisterRequest } from '@register/domain';
import fc from 'fast-check';
import { ALL_POWERS, FUNCTIONS, PARTICIPANTS } from '../../../domain/src/testing/szmh-reference.fixture';
import { RecordedRegister } from './recorded-register';
import type { DatedRequest } from './recorded-register';
import { addDays } from './calendar-days';
import { requestsFor, STAFF_FUNCTION } from './random-register-requests';

export { addDays, STAFF_FUNCTION };

/**
 * Random histories on the SZMH parties for the authority property test:
 * original grants by partner colleges to the Maastricht college, sub-mandates
 * down a ladder (college → manager → team leader → staff function, depth 4),
 * revocations, corrections, publications (of mandate and revocation
 * decisions, now and then in the wrong sheet) and their corrections, and
 * exits, with validity dates from 2025 to 2027 that jump back and forth while
 * the recording clock only moves on. Steps are intents that pick their target among the mandates granted so
 * far, so chains actually grow; whatever the domain refuses records nothing.
 */

export const PARTNERS = ['GM0938', 'GM0981', 'GM1729', 'GM0994', 'GM1903'];
export const MUNICIPALITIES = [...PARTNERS, 'GM0935'];
export const GRANTED_POWERS = ['PW-BIJSTAND', 'PW-TERUGVORDERING', 'PW-BIJZONDERE-BIJSTAND'];
export const CEILINGS = [null, 1000, 5000, 10000, 25000];
/** Sheets that bring nothing into force for most decisions: the Staatscourant, and the gemeenteblad of Maastricht or Vaals. */
const WRONG_SHEETS = ['staatscourant', 'college:GM0935', 'college:GM0981'] as const;
const COLLEGES = ['college:GM0935', 'college:GM0938', 'college:GM0981'] as const;

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
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('grant' as const),
      grantor: fc.constantFrom(...PARTNERS),
      terms: termsArb,
      /** Half the time its decision is published in its own sheet at once, some days after it was taken, so that chains are in force. */
      publishedAfterDays: fc.option(fc.nat(10)),
    }),
  },
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
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('publish' as const),
      decision: fc.nat(30),
      /** A revocation decision half the time there is one, so revocations are published before and after they apply. */
      revocation: fc.boolean(),
      publishedDaysAgo: fc.nat(30),
      inForceFrom: fc.option(dateArb),
      /** Mostly the gemeenteblad of the organ that must publish; now and then the Staatscourant or another municipality's sheet (Awb 3:42 lid 1). */
      sheet: fc.oneof({ weight: 4, arbitrary: fc.constant('own' as const) }, { weight: 1, arbitrary: fc.constantFrom(...WRONG_SHEETS) }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('correct-publication' as const),
      publication: fc.nat(30),
      field: fc.constantFrom('medium', 'publisher', 'inForceFrom', 'publishedOn', 'publicationId'),
      days: fc.integer({ min: -20, max: 20 }),
      publisher: fc.constantFrom(...COLLEGES),
      medium: fc.constantFrom('gemeenteblad', 'other'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const), municipality: fc.constantFrom(...PARTNERS), exitOn: dateArb }) },
);
export type Step = ReturnType<typeof stepArb.generate>['value'];

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

function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}
