import fc from 'fast-check';
import type { RegisterRequest } from '../register-command';
import type { RegisterEvent } from '../register-event';
import { isDomainError } from '../shared/domain.error';
import { intentArb, toRequest, withRoots } from '../testing/mandate-intents.arbitrary';
import { violations } from '../testing/mandate-register.invariants';
import type { RegisterWorld } from '../register-world/register-world';
import { seededSzmhWorld } from '../testing/szmh-world.fixture';
import { ownEnd } from './mandate.state';

/**
 * Random sequences of grants, sub-grants (with random widening attempts and
 * grantees taken from higher up the chain or from outside the central
 * municipality's staff), revocations (forward and backdated), corrections and
 * decisions registered or not, of the right organ and type or not, run
 * through the in-memory handlers. Whatever is accepted, the register never
 * holds a sub-mandate wider than its parent or given to anyone but staff of
 * its grantor's municipality, a mandate or revocation that rests on no
 * registered decision of the right type and organ, a revocation that works
 * backwards, or a chain that loops (testing/mandate-register.invariants.ts).
 * The commands are intents that pick their target among the mandates that
 * exist when they run (testing/mandate-intents.arbitrary.ts).
 */

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** Applies a command like a handler; a refusal must leave the register as it was. */
async function apply(world: RegisterWorld, request: RegisterRequest): Promise<void> {
  const before = world.eventCount();
  try {
    const [event] = await world.execute(request);
    count(`${request.type}:accepted`);
    countAcceptedEdge(world, event);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    count(error.code);
    if (error.meta.rule === 'GR SZMH art. 5 lid 2') count('SUBMANDATE_NOT_PERMITTED:not-staff');
    expect(world.eventCount()).toBe(before);
  }
}

/** The acceptances the second reading of the law added: a sub-mandate "tot intrekking" under an ending parent, a revocation from the first day. */
function countAcceptedEdge(world: RegisterWorld, event: RegisterEvent | undefined): void {
  const byId = new Map(world.allMandates().map((m) => [m.mandateId, m]));
  if (event?.type === 'MandateGranted' && event.data.validUntil === null && event.data.parentMandateId !== null) {
    const parent = byId.get(event.data.parentMandateId);
    if (parent && ownEnd(parent) !== null) count('GrantSubMandate:accepted-open-ended-under-ending-parent');
  }
  if (event?.type === 'MandateRevoked' && event.data.validUntil === byId.get(event.data.mandateId)?.validFrom) count('RevokeMandate:accepted-from-first-day');
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
    // The generators must reach the interesting paths, or the property proves nothing; a path no longer reached is named.
    const rarely = (keys: string[], times: number) => keys.filter((key) => (tally.get(key) ?? 0) <= times).map((key) => `${key}: ${tally.get(key) ?? 0}`);
    expect(rarely(['GrantMandate:accepted', 'GrantSubMandate:accepted', 'CorrectMandate:accepted', 'RevokeMandate:accepted'], 20)).toEqual([]);
    const refusalsAndEdges = [
      'SUBMANDATE_EXCEEDS_PARENT', 'SUBMANDATE_NOT_PERMITTED', 'SUBMANDATE_NOT_PERMITTED:not-staff', 'DELEGATION_CYCLE', 'DECISION_DOCUMENT_REQUIRED',
      'CORRECTION_CHANGES_LEGAL_CONTENT', 'DOCUMENT_TYPE_MISMATCH', 'DECISION_NOT_OF_GRANTOR', 'RETROACTIVE_REVOCATION',
      'GrantSubMandate:accepted-open-ended-under-ending-parent', 'RevokeMandate:accepted-from-first-day',
    ];
    expect(rarely(refusalsAndEdges, 5)).toEqual([]);
  });
});
