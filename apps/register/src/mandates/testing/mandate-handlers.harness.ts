import { managerSubRequest, meerssenGrantRequest } from '../../../../../libs/domain/src/testing/szmh-mandates.fixture';
import { metadataFor, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { CorrectMandateHandler } from '../correct-mandate/correct-mandate.handler';
import { GrantMandateCommand } from '../grant-mandate/grant-mandate.command';
import { GrantMandateHandler } from '../grant-mandate/grant-mandate.handler';
import { GrantSubMandateCommand } from '../grant-sub-mandate/grant-sub-mandate.command';
import { GrantSubMandateHandler } from '../grant-sub-mandate/grant-sub-mandate.handler';
import { RevokeMandateHandler } from '../revoke-mandate/revoke-mandate.handler';

/** The sub-mandate request of example 1 as the route takes it: the grantor follows from the parent. */
export function managerSubInput(overrides: Parameters<typeof managerSubRequest>[0] = {}) {
  const { grantor: _grantor, ...request } = managerSubRequest(overrides);
  return request;
}

/** The write side with every mandate handler, over the SZMH seed. */
export async function mandateHandlers() {
  const h = await writeSideHarness();
  return {
    ...h,
    grant: new GrantMandateHandler(h.runner, h.lookup),
    subGrant: new GrantSubMandateHandler(h.runner, h.lookup),
    revoke: new RevokeMandateHandler(h.runner, h.lookup),
    correct: new CorrectMandateHandler(h.runner, h.lookup),
  };
}

export type MandateHandlers = Awaited<ReturnType<typeof mandateHandlers>>;

/** Example 1 of domain.md: Meerssen's mandate to the Maastricht college and its sub-mandate to the manager. */
export async function grantExampleOne(h: MandateHandlers): Promise<void> {
  await h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('grant-meerssen')));
  await h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('grant-manager')));
}
