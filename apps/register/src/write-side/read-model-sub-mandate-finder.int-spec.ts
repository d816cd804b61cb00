import type { EventStore, StoredEvent } from '@register/event-store';
import { MandatesProjection } from '@register/projections';
import { REVOCATION_DECISION } from '../../../../libs/domain/src/testing/szmh-reference.fixture';
import {
  correct,
  example1,
  grantMeerssen,
  MANAGER_MANDATE_ID,
  maastrichtDecision,
  MEERSSEN_MANDATE_ID,
  PROJECTION_TEST_BACKENDS,
  type RecordedRegister,
  registerDocument,
  revoke,
  subMandate,
  useProjectedDatabase,
} from '@register/projections/testing';
import { ReadModelSubMandateFinder } from './read-model-sub-mandate-finder';
import { LogScanSubMandateFinder } from './testing/log-scan-sub-mandate-finder';

// Sorts before the manager's sub-mandate by id, and is changed last before it: only the grant order puts it second.
const SPRING_SUB_ID = 'submandate-gm0935-bijstand-spring-2026';
const TEAM_LEADER_SUB_ID = 'submandate-gm0935-teamleider-2026';
const OTHER_GRANT_ID = 'mandate-gm0938-2026-other';
const OTHER_SUB_ID = 'submandate-gm0935-manager-other-2026';

/**
 * Under Meerssen's mandate: the manager's sub-mandate and a spring
 * sub-mandate, revoked, then the manager's ceiling corrected from 10000 to
 * 5000. Under the manager: the team leader's (a grandchild of Meerssen's).
 * Beside them: a second Meerssen grant with a sub-mandate of its own.
 */
async function family(): Promise<RecordedRegister> {
  const register = await example1();
  const springDecision = maastrichtDecision('doc-submandate-gm0935-spring-2026', '2026-02-20');
  await register.at('2026-02-21T09:00:00.000Z', registerDocument(springDecision), subMandate({ mandateId: SPRING_SUB_ID, decision: springDecision.documentId }));
  const teamLeader = { mandateId: TEAM_LEADER_SUB_ID, parentMandateId: MANAGER_MANDATE_ID, grantee: 'GM0935.teamleider-inkomen', ceiling: 2000 };
  await register.at('2026-02-22T09:00:00.000Z', subMandate(teamLeader));
  await register.at('2026-03-01T09:00:00.000Z', grantMeerssen({ mandateId: OTHER_GRANT_ID }), subMandate({ mandateId: OTHER_SUB_ID, parentMandateId: OTHER_GRANT_ID }));
  await register.at('2026-06-15T14:00:00.000Z', registerDocument(REVOCATION_DECISION), revoke(SPRING_SUB_ID, '2026-07-01'));
  await register.at('2026-06-20T09:00:00.000Z', correct(MANAGER_MANDATE_ID, 'ceiling', 5000));
  return register;
}

/** Appends the events of `register` from index `from` on, as the write side stored them. */
async function append(store: EventStore, register: RecordedRegister, from = 0): Promise<StoredEvent> {
  let last: StoredEvent | undefined;
  for (const event of register.events.slice(from)) {
    const { position } = await store.appendToStream(event.stream, [{ eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata }]);
    last = { ...event, position };
  }
  if (last === undefined) throw new Error('nothing to append');
  return last;
}

describe.each(PROJECTION_TEST_BACKENDS)('ReadModelSubMandateFinder on $name', (backend) => {
  const database = useProjectedDatabase(backend, () => [new MandatesProjection()]);
  const finder = () => new ReadModelSubMandateFinder(database.connection.dataSource, database.connection.store);

  it("finds the direct sub-mandates in grant order, each folded from its stream: the manager's with its corrected ceiling, the spring one revoked", async () => {
    await database.projected(await append(database.connection.store, await family()));
    const children = await finder().subMandatesOf(MEERSSEN_MANDATE_ID);
    expect(children.map((child) => [child.mandateId, child.parentMandateId, child.ceiling, child.revocation?.validUntil ?? null])).toEqual([
      [MANAGER_MANDATE_ID, MEERSSEN_MANDATE_ID, 5000, null],
      [SPRING_SUB_ID, MEERSSEN_MANDATE_ID, 10000, '2026-07-01'],
    ]);
  });

  it("leaves out grandchildren and other mandates' sub-mandates, and finds none under a leaf or an unknown mandate", async () => {
    await database.projected(await append(database.connection.store, await family()));
    const idsUnder = async (parent: string) => (await finder().subMandatesOf(parent)).map((child) => child.mandateId);
    await expect(idsUnder(MANAGER_MANDATE_ID)).resolves.toEqual([TEAM_LEADER_SUB_ID]);
    await expect(idsUnder(OTHER_GRANT_ID)).resolves.toEqual([OTHER_SUB_ID]);
    await expect(idsUnder(TEAM_LEADER_SUB_ID)).resolves.toEqual([]);
    await expect(idsUnder('mandate-never-granted')).resolves.toEqual([]);
  });

  it('answers exactly what the log scan it replaces answered, for every mandate of the register', async () => {
    const register = await family();
    await database.projected(await append(database.connection.store, register));
    const logScan = new LogScanSubMandateFinder(database.connection.store);
    const granted = register.events.filter((event) => event.type === 'MandateGranted');
    // Meerssen, the manager, spring, the team leader, the other grant and its sub-mandate: every one is asked, leaves included.
    expect(granted).toHaveLength(6);
    for (const { data } of granted) {
      const { mandateId } = data as { mandateId: string };
      await expect(finder().subMandatesOf(mandateId)).resolves.toEqual(await logScan.subMandatesOf(mandateId));
    }
  });

  it('takes the state of a child from its stream, so a correction the projector has not reached yet already counts', async () => {
    const register = await family();
    await database.projected(await append(database.connection.store, register));
    await database.projector.stop();
    const projectedUpTo = register.events.length;
    await register.at('2026-07-01T09:00:00.000Z', correct(MANAGER_MANDATE_ID, 'ceiling', 4000));
    await append(database.connection.store, register, projectedUpTo);
    await expect(finder().subMandatesOf(MEERSSEN_MANDATE_ID)).resolves.toMatchObject([{ mandateId: MANAGER_MANDATE_ID, ceiling: 4000 }, { mandateId: SPRING_SUB_ID }]);
  });
});
