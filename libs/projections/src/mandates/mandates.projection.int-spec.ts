import type { RegisterRequest } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { document, REVOCATION_DECISION } from '../../../domain/src/testing/szmh-reference.fixture';
import { firstPublication, foldKnownRegister, mandateStatus, type RecordedRegister } from '../testing';
import {
  correct,
  example1,
  MANAGER_MANDATE_ID,
  maastrichtDecision,
  MEERSSEN_MANDATE_ID,
  registerDocument,
  revoke,
  subMandate,
} from '../testing/szmh-log.fixture';
import { ParticipantsProjection } from '../participants/participants.projection';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { Projector } from '../runtime/projector';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { registerKnownAt } from '../registers/register.query';
import { whileUncommitted } from '../testing/uncommitted-change';
import { mandateKnownAt } from './mandate.query';
import { PUBLICATION_VERSIONS_TABLE } from '../publications/publication-version.entity';
import { PublicationsProjection } from '../publications/publications.projection';
import { MANDATE_VERSIONS_TABLE, MandatesProjection } from './mandates.projection';
import { appendRecordedRegister, justBefore, recordedInstantsAndJustBefore } from './testing/append-recorded-register';

/** The fields a mandate shows of its publication. */
const publicationAnswer = (p: ReturnType<typeof firstPublication>) => p && { publicationId: p.publicationId, publishedOn: p.publishedOn, inForceFrom: p.inForceFrom };

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const SECOND_SUB_ID = 'submandate-gm0935-manager-spring-2026';
const EXIT_DECISION = document({ documentId: 'doc-exit-gm0938', type: 'exit-decision', decidedOn: '2026-08-20' });

/** Dates around every change of the history below: before and after each validFrom, validUntil, revocation and exit. */
const VALID_ON = ['2025-11-30', '2025-12-15', '2026-01-15', '2026-01-30', '2026-04-30', '2026-05-01', '2026-06-30', '2026-07-01', '2026-09-30', '2026-10-01'];

/** Example 1 with the grant's validFrom corrected (example 4), then Meerssen revoking its mandate (example 3). */
async function correctedThenRevoked(): Promise<RecordedRegister> {
  const register = await example1();
  await register.at('2026-02-10T09:00:00.000Z', correct(MEERSSEN_MANDATE_ID, 'validFrom', '2025-12-01'));
  await register.at('2026-06-15T14:00:00.000Z', registerDocument(REVOCATION_DECISION), revoke(MEERSSEN_MANDATE_ID, '2026-07-01'));
  return register;
}

/**
 * Everything the status depends on: corrections of dates and ceiling, an
 * unpublished sub-mandate that expires, the parent revoked, Meerssen leaving.
 */
async function fullHistory(): Promise<RecordedRegister> {
  const register = await example1();
  await register.at('2026-02-10T09:00:00.000Z', correct(MEERSSEN_MANDATE_ID, 'validFrom', '2025-12-01'));
  await register.at('2026-02-11T09:00:00.000Z', correct(MANAGER_MANDATE_ID, 'ceiling', 5000));
  const springDecision = maastrichtDecision('doc-submandate-gm0935-spring-2026', '2026-02-20');
  await register.at('2026-02-21T09:00:00.000Z', registerDocument(springDecision));
  await register.at('2026-02-22T09:00:00.000Z', subMandate({ mandateId: SECOND_SUB_ID, decision: springDecision.documentId, validUntil: '2026-05-01' }));
  await register.at('2026-06-15T14:00:00.000Z', registerDocument(REVOCATION_DECISION), revoke(MEERSSEN_MANDATE_ID, '2026-07-01'));
  const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality: 'GM0938', exitOn: '2026-10-01', decision: EXIT_DECISION.documentId } };
  await register.at('2026-09-01T09:00:00.000Z', registerDocument(EXIT_DECISION), exit);
  return register;
}

describe.each(PROJECTION_TEST_BACKENDS)('the mandates projection on $name', (backend) => {
  let database: ProjectionTestDatabase;
  let connection: OpenedDatabase;
  let projector: Projector;
  const projections = () => [new ParticipantsProjection(), new MandatesProjection(), new PublicationsProjection()];

  beforeEach(async () => {
    database = await backend.create();
    connection = await database.open();
    projector = new Projector({ ...connection, projections: projections(), logger: quiet });
    await projector.start();
  });

  afterEach(async () => {
    await projector.stop();
    await connection.close();
    await database.dispose();
  });

  async function recorded(register: RecordedRegister): Promise<StoredEvent[]> {
    const log = await appendRecordedRegister(connection.store, register);
    await expect(projector.waitUntilProjected(log[log.length - 1].position, 10_000)).resolves.toBe(true);
    return log;
  }

  it('keeps one row per version: the correction and the revocation each close the open version at their recordedAt and insert the next', async () => {
    const log = await recorded(await correctedThenRevoked());
    const [granted, corrected, revoked] = log.filter((event) => event.type.startsWith('Mandate') && event.stream.includes(MEERSSEN_MANDATE_ID));
    const rows = await connection.dataSource.query(
      `SELECT position, valid_from, valid_until, revoked_from, revocation_decision, ceiling, recorded_from, recorded_until
       FROM ${MANDATE_VERSIONS_TABLE} WHERE mandate_id = '${MEERSSEN_MANDATE_ID}' ORDER BY position`,
    );
    const unchanged = { valid_until: null, ceiling: 25000 };
    expect(rows.map((row: { position: string | number }) => ({ ...row, position: Number(row.position) }))).toEqual([
      { ...unchanged, position: granted.position, valid_from: '2026-01-01', revoked_from: null, revocation_decision: null, recorded_from: granted.recordedAt, recorded_until: corrected.recordedAt },
      { ...unchanged, position: corrected.position, valid_from: '2025-12-01', revoked_from: null, revocation_decision: null, recorded_from: corrected.recordedAt, recorded_until: revoked.recordedAt },
      { ...unchanged, position: revoked.position, valid_from: '2025-12-01', revoked_from: '2026-07-01', revocation_decision: REVOCATION_DECISION.documentId, recorded_from: revoked.recordedAt, recorded_until: null },
    ]);
  });

  it('shows the old validFrom when known before the correction and the new one after it (example 4), the revocation as the effective end', async () => {
    const log = await recorded(await correctedThenRevoked());
    const corrected = log.find((event) => event.type === 'MandateCorrected') as StoredEvent;
    const ask = (knownAt: string) => mandateKnownAt(connection.dataSource, MEERSSEN_MANDATE_ID, { validOn: '2025-12-15', knownAt, axis: 'valid' });
    await expect(ask(justBefore(corrected.recordedAt))).resolves.toMatchObject({ validFrom: '2026-01-01', validUntil: null, status: 'not-yet-valid' });
    await expect(ask(corrected.recordedAt)).resolves.toMatchObject({ validFrom: '2025-12-01', validUntil: null, status: 'valid' });
    await expect(ask(log[log.length - 1].recordedAt)).resolves.toMatchObject({ validUntil: '2026-07-01', revokedFrom: '2026-07-01' });
  });

  it('shows a mandate and a register as committed: a change still open on the connection the projector writes through stays out', async () => {
    await recorded(await correctedThenRevoked());
    await projector.stop();
    const question = { validOn: '2026-01-15', knownAt: new Date().toISOString(), axis: 'valid' } as const;
    const mandate = () => mandateKnownAt(connection.dataSource, MEERSSEN_MANDATE_ID, question);
    const register = () => registerKnownAt(connection.dataSource, 'college:GM0938', 'granted', question);
    const [mandateBefore, registerBefore] = [await mandate(), await register()];
    expect(mandateBefore?.ceiling).toBe(25000);
    await whileUncommitted(connection.dataSource, `UPDATE ${MANDATE_VERSIONS_TABLE} SET ceiling = 1`, async () => {
      await expect(mandate()).resolves.toEqual(mandateBefore);
      await expect(register()).resolves.toEqual(registerBefore);
    });
  });

  it('knows no mandate before its grant was recorded, nor one never granted', async () => {
    const log = await recorded(await example1());
    const granted = log.find((event) => event.type === 'MandateGranted') as StoredEvent;
    const question = { validOn: '2026-01-15', axis: 'valid' } as const;
    await expect(mandateKnownAt(connection.dataSource, MEERSSEN_MANDATE_ID, { ...question, knownAt: justBefore(granted.recordedAt) })).resolves.toBeNull();
    await expect(mandateKnownAt(connection.dataSource, 'mandate-unknown', { ...question, knownAt: granted.recordedAt })).resolves.toBeNull();
  });

  it('answers status and inForce as the oracle does for every mandate, on every date, at every recorded instant and 1 ms before, on both axes', async () => {
    const log = await recorded(await fullHistory());
    expect(log.filter((event) => event.type === 'MandateGranted')).toHaveLength(3);
    const seen = new Set<string>();
    for (const knownAt of recordedInstantsAndJustBefore(log)) {
      for (const mandateId of [MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID, SECOND_SUB_ID]) {
        for (const validOn of VALID_ON) {
          for (const axis of ['valid', 'inForce'] as const) {
            const view = await mandateKnownAt(connection.dataSource, mandateId, { validOn, knownAt, axis });
            const expected = mandateStatus(log, mandateId, { validOn, knownAt, axis });
            if (expected !== null) seen.add(expected.status);
            expect({ knownAt, mandateId, validOn, axis, answer: view && { status: view.status, inForce: view.inForce } }).toEqual({ knownAt, mandateId, validOn, axis, answer: expected });
          }
        }
      }
    }
    // The history reaches every status, so each rule of the derivation is compared at least once.
    expect([...seen].sort()).toEqual(['expired', 'lapsed', 'not-yet-valid', 'revoked', 'valid']);
  }, 120_000);

  it("shows each mandate's dates, ceiling, decision and publication as a replay of the log knew them, at every recorded instant", async () => {
    const log = await recorded(await fullHistory());
    for (const knownAt of recordedInstantsAndJustBefore(log)) {
      const register = foldKnownRegister(log, knownAt);
      for (const mandateId of [MEERSSEN_MANDATE_ID, MANAGER_MANDATE_ID, SECOND_SUB_ID]) {
        const view = await mandateKnownAt(connection.dataSource, mandateId, { validOn: '2026-01-15', knownAt, axis: 'valid' });
        const known = register.mandates.get(mandateId);
        const expected = known && {
          ...{ parentMandateId: known.parentMandateId, ceiling: known.ceiling, decision: known.decision, decidedOn: known.decidedOn },
          ...{ validFrom: known.validFrom, revokedFrom: known.revokedFrom, publication: publicationAnswer(firstPublication(register, known.decision)) },
        };
        const actual = view && {
          ...{ parentMandateId: view.parentMandateId, ceiling: view.ceiling, decision: view.decision, decidedOn: view.decidedOn },
          ...{ validFrom: view.validFrom, revokedFrom: view.revokedFrom, publication: view.publication },
        };
        expect({ knownAt, mandateId, actual: actual ?? null }).toEqual({ knownAt, mandateId, actual: expected ?? null });
      }
    }
  }, 60_000);

  it('gives the same rows when rebuilt from the log as it wrote live', async () => {
    await recorded(await fullHistory());
    const allRows = async () => [
      await connection.dataSource.query(`SELECT * FROM ${MANDATE_VERSIONS_TABLE} ORDER BY position`),
      await connection.dataSource.query(`SELECT * FROM ${PUBLICATION_VERSIONS_TABLE} ORDER BY position`),
    ];
    const live = await allRows();
    await projector.stop();
    await rebuildProjections({ ...connection, projections: projections() });
    // Three grants, two corrections and a revocation: six versions; the two decisions of example 1 published once each.
    expect(live.map((rows) => rows.length)).toEqual([6, 2]);
    await expect(allRows()).resolves.toEqual(live);
  });
});
