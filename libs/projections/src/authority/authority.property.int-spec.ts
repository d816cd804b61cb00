import type { DecisionPublished, MandateGranted, MandateRevoked } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import fc from 'fast-check';
import { appendRecordedRegister } from '../mandates/testing/append-recorded-register';
import { answerAuthority } from '../testing';
import type { AuthorityQuestion } from './authority-answer';
import { registerProjections } from '../register-projections';
import { Projector } from '../runtime/projector';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { readModelRows } from '../runtime/testing/read-model-rows';
import { PROJECTION_TEST_BACKENDS, type ProjectionTestBackend } from '../testing/projection-test-database';
import { addDays, CEILINGS, dateArb, GRANTED_POWERS, historyArb, MUNICIPALITIES, recordRandomHistory, STAFF_FUNCTION } from '../testing/random-register-history';
import type { RandomHistory } from '../testing/random-register-history';
import { authorityKnownAt, authorityOnBothAxesKnownAt } from './authority.query';

/**
 * Issue 4: on random histories (see random-register-history.ts) the read
 * models answer every random question as the oracle does (on the axis asked,
 * and on both axes at once as the competence check asks), and a rebuild from
 * zero gives the live read models row for row. FC_SEED replays a failure.
 */

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
// A fixed seed by default, so CI is repeatable: the coverage checks below (every reason, a depth-4 chain)
// depend on what the generator happened to produce, and a random seed sometimes falls short of one of
// them. Set FC_SEED to explore other histories, or to replay a failure fast-check reported.
const DEFAULT_SEED = 20_260_127;
const seed = { seed: process.env.FC_SEED === undefined ? DEFAULT_SEED : Number(process.env.FC_SEED) };
const QUESTIONS_PER_HISTORY = 60;
/**
 * Every run builds a database, so shrinking a failure can take minutes: it
 * stops here and reports the smallest counterexample found so far. A passing
 * run cut short fails on the count of runs below, so the limit leaves room for
 * a busy machine: with a load of eight on two cores, 60 s saw 1,920 of the
 * 2,400 questions.
 */
const TIME_LIMIT = { interruptAfterTimeLimit: 240_000 };
/** Above TIME_LIMIT, so fast-check, not Jest, ends a run that takes too long and says why. */
const TEST_TIMEOUT_MS = 300_000;
/** Histories per backend: 2,400 questions on each. */
const HISTORIES = 40;
const REBUILT_HISTORIES = 15;

const ACTORS = [
  'college:GM0935',
  'GM0935.manager-sociale-zekerheid',
  'GM0935.teamleider-inkomen',
  STAFF_FUNCTION,
  ...MUNICIPALITIES.map((code) => `college:${code}`),
  'burgemeester:GM0938',
  'GM0938.beleidsmedewerker-sociale-zaken',
  'GM0999.unknown-function',
];
const POWERS = [...GRANTED_POWERS, 'PW-VERORDENING', 'GW-OPENBARE-ORDE', 'PW-NOT-CATALOGUED'];

/** knownAt as an index into the recorded instants, 1 ms either side, or before or after everything. */
const knownAtArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ instant: fc.nat(), shiftMs: fc.constantFrom(-1, 0, 1) }) },
  { weight: 1, arbitrary: fc.constantFrom('before-all' as const, 'after-all' as const) },
);
const questionArb = fc.record({
  actor: fc.constantFrom(...ACTORS),
  power: fc.oneof({ weight: 4, arbitrary: fc.constant('PW-BIJSTAND') }, { weight: 3, arbitrary: fc.constantFrom(...POWERS) }),
  municipality: fc.oneof({ weight: 2, arbitrary: fc.constant('GM0938') }, { weight: 3, arbitrary: fc.constantFrom(...MUNICIPALITIES) }),
  validOn: dateArb,
  knownAt: knownAtArb,
  axis: fc.constantFrom('valid' as const, 'inForce' as const),
  /** Half the questions ask about a granted mandate's grantee, power and municipality, so that deep chains are asked about. */
  about: fc.option(fc.nat(), { freq: 2, nil: undefined }),
  /** Some about a revoked mandate's grantee, on a day its revocation has applied since, on the inForce axis, where its publication decides (Awb 10:8 with 3:40). */
  afterRevocation: fc.option(fc.record({ revocation: fc.nat(), days: fc.nat(20) }), { freq: 4, nil: undefined }),
  amount: fc.option(fc.constantFrom(...CEILINGS.filter((c): c is number => c !== null).flatMap((c) => [c - 1, c, c + 1])), { freq: 2, nil: undefined }),
});
type GeneratedQuestion = ReturnType<typeof questionArb.generate>['value'];

function toQuestion(generated: GeneratedQuestion, log: readonly StoredEvent[]): AuthorityQuestion {
  const instants = [...new Set(log.map((event) => Date.parse(event.recordedAt)))];
  const { knownAt, amount, about, afterRevocation, ...asked } = generated;
  const aboutGrant = about === undefined ? asked : { ...asked, ...partiesOf(log, about) };
  const rest = afterRevocation === undefined ? aboutGrant : { ...aboutGrant, ...revokedDayOf(log, afterRevocation) };
  const ms =
    knownAt === 'before-all' ? instants[0] - 60_000 : knownAt === 'after-all' ? Date.now() + 60_000 : instants[knownAt.instant % instants.length] + knownAt.shiftMs;
  return { ...rest, knownAt: new Date(ms).toISOString(), ...(amount === undefined ? {} : { amount }) };
}

function partiesOf(log: readonly StoredEvent[], about: number): Partial<AuthorityQuestion> {
  const grants = log.filter((event) => event.type === 'MandateGranted').map((event) => event.data as MandateGranted['data']);
  const grant = grants[about % Math.max(grants.length, 1)];
  return grant === undefined ? {} : { actor: grant.grantee, power: grant.powers[0], municipality: grant.municipalities[0] };
}

/** The grantee, power and municipality of a revoked mandate, `days` after its revocation applies, on the inForce axis. */
function revokedDayOf(log: readonly StoredEvent[], asked: { revocation: number; days: number }): Partial<AuthorityQuestion> {
  const revocations = log.filter((event) => event.type === 'MandateRevoked').map((event) => event.data as MandateRevoked['data']);
  const revocation = revocations[asked.revocation % Math.max(revocations.length, 1)];
  const grant = log.find((event) => event.type === 'MandateGranted' && (event.data as MandateGranted['data']).mandateId === revocation?.mandateId);
  if (revocation === undefined || grant === undefined) return {};
  const { grantee, powers, municipalities } = grant.data as MandateGranted['data'];
  return { actor: grantee, power: powers[0], municipality: municipalities[0], validOn: addDays(revocation.validUntil, asked.days), axis: 'inForce' };
}

/** The depth of the deepest chain the log holds: a sub-mandate's depth is its parent's plus one. */
function deepestGrant(log: readonly StoredEvent[]): number {
  const depths = new Map<string, number>();
  for (const event of log.filter((e) => e.type === 'MandateGranted')) {
    const { mandateId, parentMandateId } = event.data as MandateGranted['data'];
    depths.set(mandateId, parentMandateId === null ? 1 : (depths.get(parentMandateId) ?? 0) + 1);
  }
  return Math.max(0, ...depths.values());
}

/** What the runs reached: a property that never meets a "yes", a reason, a flag, a deep chain or the publications that matter proves little. */
function coverage() {
  return { questionsAsked: 0, reached: new Set<string>(), flags: new Set<string>(), recordedTypes: new Set<string>(), deepestChain: 0, deepestLogged: 0, publications: new Set<string>() };
}

/**
 * How the log's publications bear on the inForce axis: revocation decisions
 * in force before and after the day their revocation applies, publications
 * that bring nothing into force (the wrong sheet), and corrected ones.
 */
function publicationKinds(log: readonly StoredEvent[]): Set<string> {
  const kinds = new Set<string>();
  const revokedFrom = new Map(log.filter((e) => e.type === 'MandateRevoked').map((e) => [(e.data as MandateRevoked['data']).decision, (e.data as MandateRevoked['data']).validUntil]));
  for (const event of log) {
    if (event.type === 'PublicationCorrected') kinds.add('corrected');
    if (event.type !== 'DecisionPublished') continue;
    const data = event.data as DecisionPublished['data'];
    if (data.medium !== 'gemeenteblad' || data.publisher !== data.requiredPublisher) kinds.add('wrong sheet');
    const until = revokedFrom.get(data.documentId);
    if (until !== undefined) kinds.add(data.inForceFrom <= until ? 'revocation in force before it applies' : 'revocation in force after it applies');
  }
  return kinds;
}

/** A fresh database with the random history appended and projected live by the service's projections. */
async function projectedHistory(backend: ProjectionTestBackend, history: RandomHistory) {
  const database = await backend.create();
  const connection = await database.open();
  const projector = new Projector({ ...connection, projections: registerProjections(), logger: quiet });
  await projector.start();
  const log = await appendRecordedRegister(connection.store, await recordRandomHistory(history));
  await expect(projector.waitUntilProjected(log[log.length - 1].position, 10_000)).resolves.toBe(true);
  return {
    connection,
    projector,
    log,
    async dispose() {
      await projector.stop();
      await connection.close();
      await database.dispose();
    },
  };
}

async function withHistory(backend: ProjectionTestBackend, history: RandomHistory, body: (projected: Awaited<ReturnType<typeof projectedHistory>>) => Promise<void>) {
  const projected = await projectedHistory(backend, history);
  try {
    await body(projected);
  } finally {
    await projected.dispose();
  }
}

describe.each(PROJECTION_TEST_BACKENDS)('authority on random histories on $name', (backend) => {
  it('answers every random question as the oracle does', async () => {
    const seen = coverage();
    const questions = fc.array(questionArb, { minLength: QUESTIONS_PER_HISTORY, maxLength: QUESTIONS_PER_HISTORY });
    await fc.assert(
      fc.asyncProperty(historyArb, questions, async (history, generated) => {
        await withHistory(backend, history, async ({ connection, log }) => {
          log.forEach((event) => seen.recordedTypes.add(event.type));
          publicationKinds(log).forEach((kind) => seen.publications.add(kind));
          seen.deepestLogged = Math.max(seen.deepestLogged, deepestGrant(log));
          for (const question of generated.map((g) => toQuestion(g, log))) {
            const oracle = answerAuthority(log, question);
            await expect(authorityKnownAt(connection.dataSource, question)).resolves.toEqual(oracle);
            // The competence check's page asks both axes in one go: each must be the oracle's answer on its own axis.
            const onBothAxes = { valid: answerAuthority(log, { ...question, axis: 'valid' }), inForce: answerAuthority(log, { ...question, axis: 'inForce' }) };
            await expect(authorityOnBothAxesKnownAt(connection.dataSource, question)).resolves.toEqual(onBothAxes);
            seen.questionsAsked += 1;
            seen.reached.add(oracle.reason ?? 'AUTHORISED');
            oracle.flags.forEach((flag) => seen.flags.add(flag));
            seen.deepestChain = Math.max(seen.deepestChain, oracle.chain.length);
          }
        });
      }),
      { numRuns: HISTORIES, ...TIME_LIMIT, ...seed },
    );
    expect(seen.questionsAsked).toBeGreaterThanOrEqual(HISTORIES * QUESTIONS_PER_HISTORY);
    const reasons = ['AUTHORISED', 'NO_MANDATE', 'NOT_A_PARTICIPANT', 'REVOKED', 'EXPIRED', 'NOT_YET_VALID', 'NOT_PUBLISHED', 'POWER_NOT_MANDATABLE'];
    expect([...seen.reached]).toEqual(expect.arrayContaining(reasons));
    expect([...seen.flags]).toEqual(expect.arrayContaining(['NOT_PUBLISHED', 'REVOCATION_NOT_PUBLISHED']));
    const publications = ['revocation in force before it applies', 'revocation in force after it applies', 'wrong sheet', 'corrected'];
    expect([...seen.publications].sort()).toEqual([...publications].sort());
    expect(seen.deepestLogged).toBe(4);
    expect(seen.deepestChain).toBeGreaterThanOrEqual(3);
    const kinds = ['MandateGranted', 'MandateRevoked', 'MandateCorrected', 'DecisionPublished', 'PublicationCorrected', 'ParticipantExited'];
    expect([...seen.recordedTypes]).toEqual(expect.arrayContaining(kinds));
  }, TEST_TIMEOUT_MS);

  it('rebuilds from zero the same read-model rows the live projector wrote', async () => {
    let rebuilt = 0;
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        await withHistory(backend, history, async ({ connection, projector }) => {
          rebuilt += 1;
          const live = await readModelRows(connection.dataSource);
          await projector.stop();
          await rebuildProjections({ ...connection, projections: registerProjections() });
          expect(Object.keys(live).length).toBeGreaterThanOrEqual(10);
          await expect(readModelRows(connection.dataSource)).resolves.toEqual(live);
        });
      }),
      { numRuns: REBUILT_HISTORIES, ...TIME_LIMIT, ...seed },
    );
    expect(rebuilt).toBeGreaterThanOrEqual(REBUILT_HISTORIES);
  }, TEST_TIMEOUT_MS);
});
