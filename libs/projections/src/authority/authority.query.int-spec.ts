import type { RegisterRequest } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { document, REVOCATION_DECISION } from '../../../domain/src/testing/szmh-reference.fixture';
import { appendRecordedRegister, recordedInstantsAndJustBefore } from '../mandates/testing/append-recorded-register';
import { MandatesProjection } from '../mandates/mandates.projection';
import { answerAuthority, type RecordedRegister } from '../testing';
import type { AuthorityAnswer, AuthorityQuestion } from './authority-answer';
import {
  correct,
  example1,
  grantMeerssen,
  MANAGER_MANDATE_ID,
  maastrichtDecision,
  MEERSSEN_MANDATE_ID,
  registerDocument,
  revoke,
  subMandate,
} from '../testing/szmh-log.fixture';
import { ParticipantsProjection } from '../participants/participants.projection';
import { Projector } from '../runtime/projector';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { PublicationsProjection } from '../publications/publications.projection';
import { AuthorityProjection } from './authority.projection';
import { authorityKnownAt } from './authority.query';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const MANAGER = 'GM0935.manager-sociale-zekerheid';
const SPRING_SUB_ID = 'submandate-gm0935-manager-spring-2026';
const SECOND_GRANT_ID = 'mandate-gm0938-2026-second';
const EXIT_DECISION = document({ documentId: 'doc-exit-gm0938', type: 'exit-decision', decidedOn: '2026-08-20' });
const VALID_ON = ['2025-11-30', '2025-12-15', '2026-01-15', '2026-01-28', '2026-01-30', '2026-04-30', '2026-05-01', '2026-06-30', '2026-07-01', '2026-07-02', '2026-10-01'];

/**
 * Examples 1, 4 and 3 in turn: the grants, the parent's validFrom corrected,
 * the sub-mandate's ceiling lowered; then a second, unpublished sub-mandate
 * that expires, a second original grant under which no sub-mandate hangs, the
 * parent revoked from 2026-07-01 and Meerssen leaving on 2026-10-01.
 */
async function history(): Promise<RecordedRegister> {
  const register = await example1();
  await register.at('2026-02-10T09:00:00.000Z', correct(MEERSSEN_MANDATE_ID, 'validFrom', '2025-12-01'));
  await register.at('2026-02-11T09:00:00.000Z', correct(MANAGER_MANDATE_ID, 'ceiling', 5000));
  const springDecision = maastrichtDecision('doc-submandate-gm0935-spring-2026', '2026-02-20');
  await register.at('2026-02-21T09:00:00.000Z', registerDocument(springDecision));
  await register.at('2026-02-22T09:00:00.000Z', subMandate({ mandateId: SPRING_SUB_ID, decision: springDecision.documentId, validUntil: '2026-05-01' }));
  await register.at('2026-03-01T09:00:00.000Z', grantMeerssen({ mandateId: SECOND_GRANT_ID, validFrom: '2026-03-01' }));
  await register.at('2026-06-15T14:00:00.000Z', registerDocument(REVOCATION_DECISION), revoke(MEERSSEN_MANDATE_ID, '2026-07-01'));
  const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality: 'GM0938', exitOn: '2026-10-01', decision: EXIT_DECISION.documentId } };
  await register.at('2026-09-01T09:00:00.000Z', registerDocument(EXIT_DECISION), exit);
  return register;
}

describe.each(PROJECTION_TEST_BACKENDS)('authorityKnownAt on $name', (backend) => {
  let database: ProjectionTestDatabase;
  let connection: OpenedDatabase;
  let projector: Projector;
  let log: StoredEvent[];

  beforeAll(async () => {
    database = await backend.create();
    connection = await database.open();
    const projections = [new ParticipantsProjection(), new MandatesProjection(), new PublicationsProjection(), new AuthorityProjection()];
    projector = new Projector({ ...connection, projections, logger: quiet });
    await projector.start();
    log = await appendRecordedRegister(connection.store, await history());
    await expect(projector.waitUntilProjected(log[log.length - 1].position, 10_000)).resolves.toBe(true);
  }, 60_000);

  afterAll(async () => {
    await projector.stop();
    await connection.close();
    await database.dispose();
  });

  /** The read model's answer beside the oracle's, each labelled with the question, so a failure names it. */
  async function compare(question: AuthorityQuestion): Promise<{ fast: AuthorityAnswer; oracle: AuthorityAnswer }> {
    return { fast: await authorityKnownAt(connection.dataSource, question), oracle: answerAuthority(log, question) };
  }

  it("answers the manager's bijstand question as the oracle does on every date, at every recorded instant and 1 ms before, on both axes", async () => {
    const reasons = new Set<string | null>();
    const flags = new Set<string>();
    for (const knownAt of recordedInstantsAndJustBefore(log)) {
      for (const validOn of VALID_ON) {
        for (const axis of ['valid', 'inForce'] as const) {
          const { fast, oracle } = await compare({ actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', validOn, knownAt, axis });
          reasons.add(oracle.reason);
          oracle.flags.forEach((flag) => flags.add(flag));
          expect(fast).toEqual(oracle);
        }
      }
    }
    // The history reaches these answers, so each rule is compared at least once.
    const expectedReasons = [null, 'NO_MANDATE', 'NOT_A_PARTICIPANT', 'REVOKED', 'NOT_YET_VALID', 'NOT_YET_IN_FORCE', 'NOT_PUBLISHED'];
    expect([...reasons]).toEqual(expect.arrayContaining(expectedReasons));
    // The revocation of 2026-07-01 is never published: on the inForce axis it ends nothing (Awb 3:40).
    expect([...flags].sort()).toEqual(['NOT_PUBLISHED', 'NOT_YET_IN_FORCE', 'RETROACTIVE', 'REVOCATION_NOT_PUBLISHED']);
  }, 120_000);

  it('answers every actor, power and amount around the ceilings as the oracle does, before and after the corrections and the revocation', async () => {
    const actors = [MANAGER, 'college:GM0935', 'college:GM0938', 'GM0935.teamleider-inkomen', 'GM0999.unknown-function'];
    const powers = ['PW-BIJSTAND', 'PW-TERUGVORDERING', 'PW-NOT-CATALOGUED'];
    const amounts = [undefined, 4999, 5000, 5001, 10001, 25000, 25001];
    const reasons = new Set<string | null>();
    const recordedAtOf = (type: string) => log.filter((event) => event.type === type).map((event) => event.recordedAt);
    // After the publications, after each correction, after the revocation, and at the end.
    const instants = [...recordedAtOf('DecisionPublished').slice(0, 2), ...recordedAtOf('MandateCorrected'), ...recordedAtOf('MandateRevoked'), log[log.length - 1].recordedAt];
    for (const knownAt of instants) {
      for (const validOn of ['2026-01-15', '2026-04-30', '2026-07-02']) {
        for (const actor of actors) {
          for (const power of powers) {
            for (const amount of amounts) {
              const { fast, oracle } = await compare({ actor, power, municipality: 'GM0938', validOn, knownAt, axis: 'valid', amount });
              reasons.add(oracle.reason);
              expect(fast).toEqual(oracle);
            }
          }
        }
      }
    }
    expect([...reasons]).toEqual(expect.arrayContaining(['EXCEEDS_CEILING', 'REVOKED', 'NO_MANDATE', null]));
  }, 120_000);

  it('answers example 1 authorised under the chain of two, and example 3 not authorised after the revocation', async () => {
    const question = { actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', knownAt: log[log.length - 1].recordedAt, axis: 'valid' } as const;
    const onJan15 = await authorityKnownAt(connection.dataSource, { ...question, validOn: '2026-01-15' });
    expect(onJan15).toMatchObject({ authorised: true, reason: null, onBehalfOf: 'college:GM0938' });
    expect(onJan15.chain.map((link) => link.mandateId)).toEqual([MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID]);
    await expect(authorityKnownAt(connection.dataSource, { ...question, validOn: '2026-07-02' })).resolves.toMatchObject({ authorised: false, reason: 'REVOKED' });
  });

  it('reads knownAt written with an offset as the same instant, and echoes it as asked', async () => {
    const question = { actor: 'college:GM0935', power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-01-15', axis: 'valid' } as const;
    const first = log.find((event) => event.type === 'MandateGranted') as StoredEvent;
    const withOffset = first.recordedAt.replace('Z', '+00:00');
    // At the first grant only Meerssen's original mandate, to the Maastricht college, is known.
    const answer = await authorityKnownAt(connection.dataSource, { ...question, knownAt: withOffset });
    expect(answer).toEqual({ ...answerAuthority(log, { ...question, knownAt: first.recordedAt }), knownAt: withOffset });
    expect(answer.chain).toHaveLength(1);
  });
});
