import * as domain from '@register/domain';
import { captureError } from './testing/decider-spec';
import { grantFacts, MANAGER_GRANTED, managerSubRequest, MEERSSEN_GRANTED, meerssenGrantRequest } from './testing/szmh-mandates.fixture';
import { seededSzmhWorld } from './testing/szmh-world.fixture';

/**
 * What the handlers and the read side take from `@register/domain`, used
 * through the package's index the way they use it, so a broken or missing
 * re-export fails here with the behaviour it should have.
 */
describe('the public surface of @register/domain', () => {
  it('decides and folds through an exported decider: the grant of example 1 is MEERSSEN_GRANTED, and granting it again is ALREADY_EXISTS', () => {
    const decider = domain.mandateDecider;
    const command = { type: 'GrantMandate', data: meerssenGrantRequest(), context: grantFacts() } as const;
    const events = decider.decide(command, decider.initialState);
    expect(events).toEqual([MEERSSEN_GRANTED]);
    const error = captureError(() => decider.decide(command, domain.foldEvents(decider, events)));
    expect(error).toBeInstanceOf(domain.DomainError);
    expect((error as domain.DomainError).code).toBe('ALREADY_EXISTS');
  });

  it('loads a sub-mandate\'s context from a RegisterLookup: the parent is the Meerssen mandate, the decision the one the request names', async () => {
    const world = await seededSzmhWorld();
    await world.execute({ type: 'GrantMandate', data: meerssenGrantRequest() });
    const context = await domain.loadSubMandateContext(world, { ...managerSubRequest(), grantor: 'college:GM0935' });
    expect([context.parent?.mandateId, context.decision?.documentId]).toEqual([MEERSSEN_GRANTED.data.mandateId, managerSubRequest().decision]);
  });

  it('names what the read side shares: the municipalities an event concerns, signature lines, calendar dates, stream names', () => {
    // The manager's sub-mandate is for Meerssen, granted by the Maastricht college to a Maastricht function.
    expect(domain.concernedMunicipalities(MANAGER_GRANTED)).toEqual(['GM0935', 'GM0938']);
    expect(domain.signatureLine('college:GM0938')).toBe('namens het college van burgemeester en wethouders van Meerssen');
    expect([domain.isCalendarDate('2024-02-29'), domain.isCalendarDate('2026-02-30')]).toEqual([true, false]);
    expect(domain.mandateStreamId('m-1')).toBe('mandate-m-1');
  });
});
