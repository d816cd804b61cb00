import { managerSubRequest, meerssenGrantRequest, MEERSSEN_GRANTED, MANAGER_GRANTED, MEERSSEN_MANDATE } from '../testing/szmh-mandates.fixture';
import { seededSzmhWorld } from '../testing/szmh-world.fixture';
import { document, EIJSDEN_DECISION, MEERSSEN_DECISION, REVOCATION_DECISION, SUBMANDATE_DECISION, TODAY } from '../testing/szmh-reference.fixture';
import { registerDocument } from '../testing/szmh-world.fixture';
import { isDomainError } from '../shared/domain.error';
import type { RegisterWorld } from './register-world';
import type { RegisterRequest } from '../register-command';

/** The code a refused request answers with; a request that passes fails the test. */
async function refusal(world: RegisterWorld, request: RegisterRequest): Promise<string> {
  const outcome = await world.execute(request).then(
    (events) => `accepted with ${events.map((e) => e.type).join(', ')}`,
    (error: unknown) => (isDomainError(error) ? error.code : String(error)),
  );
  return outcome;
}

const grantMeerssen = { type: 'GrantMandate', data: meerssenGrantRequest() } as const;
const grantManager = { type: 'GrantSubMandate', data: managerSubRequest() } as const;

describe('RegisterWorld: the handlers, in memory, over the loaded contexts', () => {
  it('runs example 1 end to end: the grant and the sub-mandate load their facts and are stored in their streams', async () => {
    const world = await seededSzmhWorld();
    await expect(world.execute(grantMeerssen)).resolves.toEqual([MEERSSEN_GRANTED]);
    await expect(world.execute(grantManager)).resolves.toEqual([MANAGER_GRANTED]);
    expect(world.stream('mandate-submandate-gm0935-manager-2026')).toEqual([MANAGER_GRANTED]);
    await expect(world.mandate(MEERSSEN_MANDATE.mandateId)).resolves.toEqual(MEERSSEN_MANDATE);
  });

  it('loads the whole chain above a sub-sub-mandate: the team leader is accepted, a way back to Meerssen is a cycle', async () => {
    const world = await seededSzmhWorld();
    await world.execute(grantMeerssen);
    await world.execute(grantManager);
    const toTeamLeader = managerSubRequest({ mandateId: 'sub-teamleider', parentMandateId: MANAGER_GRANTED.data.mandateId, grantee: 'GM0935.teamleider-inkomen' });
    await expect(world.execute({ type: 'GrantSubMandate', data: toTeamLeader })).resolves.toHaveLength(1);
    const backToMeerssen = { ...toTeamLeader, mandateId: 'sub-back', grantee: 'college:GM0938' };
    await expect(refusal(world, { type: 'GrantSubMandate', data: backToMeerssen })).resolves.toBe('DELEGATION_CYCLE');
  });

  it('runs example 2: a sub-mandate of a power the parent forbids is refused and nothing is stored', async () => {
    const world = await seededSzmhWorld();
    await world.execute(grantMeerssen);
    const forbidden = { type: 'GrantSubMandate', data: managerSubRequest({ powers: ['PW-TERUGVORDERING'], subMandateAllowed: [] }) } as const;
    await expect(refusal(world, forbidden)).resolves.toBe('SUBMANDATE_NOT_PERMITTED');
    expect(world.stream('mandate-submandate-gm0935-manager-2026')).toEqual([]);
  });

  it('refuses a grant whose decision is not registered, and a sub-mandate of a parent that does not exist', async () => {
    const world = await seededSzmhWorld();
    await expect(refusal(world, { type: 'GrantMandate', data: meerssenGrantRequest({ decision: 'doc-not-registered' }) })).resolves.toBe(
      'DECISION_DOCUMENT_REQUIRED',
    );
    await expect(refusal(world, grantManager)).resolves.toBe('UNKNOWN_REFERENCE');
  });

  it('runs example 3: after revoking the parent from 2026-07-01 no new sub-mandate can start on that day', async () => {
    const world = await seededSzmhWorld();
    await world.execute(grantMeerssen);
    await world.execute({ type: 'RevokeMandate', data: { mandateId: MEERSSEN_MANDATE.mandateId, decision: REVOCATION_DECISION.documentId, validUntil: '2026-07-01' } });
    const late = { type: 'GrantSubMandate', data: managerSubRequest({ validFrom: '2026-07-01' }) } as const;
    await expect(refusal(world, late)).resolves.toBe('GRANTOR_NOT_COMPETENT');
  });

  it("loads a parent's sub-mandates for a correction, so lowering its ceiling below theirs is refused", async () => {
    const world = await seededSzmhWorld();
    await world.execute(grantMeerssen);
    await world.execute(grantManager);
    const lower = { type: 'CorrectMandate', data: { mandateId: MEERSSEN_MANDATE.mandateId, field: 'ceiling', value: 5000, reason: 'typo' } } as const;
    await expect(refusal(world, lower)).resolves.toBe('SUBMANDATE_EXCEEDS_PARENT');
  });

  it('refuses a publication identifier already used by another document, reserving it across the register', async () => {
    const world = await seededSzmhWorld();
    const reuse = {
      type: 'PublishDecision',
      data: { documentId: SUBMANDATE_DECISION.documentId, medium: 'gemeenteblad', publicationId: 'gmb-2026-90002', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
      today: TODAY,
    } as const;
    await expect(refusal(world, reuse)).resolves.toBe('DUPLICATE_PUBLICATION');
    expect(world.stream(`document-${SUBMANDATE_DECISION.documentId}`)).toHaveLength(1);
    await expect(world.document(MEERSSEN_DECISION.documentId)).resolves.toMatchObject({ publications: [{ publicationId: 'gmb-2026-90002' }] });
  });

  it('frees a corrected publication number for another document, and refuses correcting to a number another document holds', async () => {
    const world = await seededSzmhWorld();
    const publishSubMandate = (publicationId: string) => ({
      type: 'PublishDecision',
      data: { documentId: SUBMANDATE_DECISION.documentId, medium: 'gemeenteblad', publicationId, publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
      today: TODAY,
    }) as const;
    const correctMeerssen = (value: string) =>
      ({
        type: 'CorrectPublication',
        data: { documentId: MEERSSEN_DECISION.documentId, publicationId: 'gmb-2026-90002', field: 'publicationId', value, reason: 'mistyped' },
        today: TODAY,
      }) as const;
    await world.execute(publishSubMandate('gmb-2026-90003'));
    const before = world.eventCount();
    await expect(refusal(world, correctMeerssen('gmb-2026-90003'))).resolves.toBe('DUPLICATE_PUBLICATION');
    expect(world.eventCount()).toBe(before);
    await world.execute(correctMeerssen('gmb-2026-90020'));
    await expect(world.execute(publishSubMandate('gmb-2026-90002'))).resolves.toMatchObject([{ type: 'DecisionPublished' }]);
  });

  it('lets leaving end the mandates, not the law: after Eijsden-Margraten left, its decisions and revocations are still recorded', async () => {
    const world = await seededSzmhWorld();
    await registerDocument(world, EIJSDEN_DECISION);
    const grant = meerssenGrantRequest({ mandateId: 'mandate-gm1903-2021', grantor: 'college:GM1903', municipalities: ['GM1903'], decision: EIJSDEN_DECISION.documentId, validFrom: '2021-01-01' });
    await world.execute({ type: 'GrantMandate', data: grant });
    // A decision of its college taken after it left is a document like any other, and may revoke what it granted.
    const lateRevocation = document({ documentId: 'doc-revocation-gm1903-2022', type: 'revocation-decision', decidedOn: '2022-03-01', decidedBy: ['college:GM1903'], concerns: ['GM1903'] });
    await registerDocument(world, lateRevocation);
    const revoke = { type: 'RevokeMandate', data: { mandateId: grant.mandateId, decision: lateRevocation.documentId, validUntil: '2022-03-01' } } as const;
    await expect(world.execute(revoke)).resolves.toMatchObject([{ type: 'MandateRevoked' }]);
    // What it may no longer do is grant under the arrangement.
    const newGrant = { type: 'GrantMandate', data: { ...grant, mandateId: 'mandate-gm1903-2022', validFrom: '2022-01-01' } } as const;
    await expect(refusal(world, newGrant)).resolves.toBe('NOT_A_PARTICIPANT');
  });
});
