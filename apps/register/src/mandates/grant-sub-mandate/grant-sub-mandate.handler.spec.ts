import { MANAGER_GRANTED, meerssenGrantRequest } from '../../../../../libs/domain/src/testing/szmh-mandates.fixture';
import { metadataFor } from '../../write-side/testing/write-side.harness';
import { GrantMandateCommand } from '../grant-mandate/grant-mandate.command';
import { managerSubInput, mandateHandlers } from '../testing/mandate-handlers.harness';
import { GrantSubMandateCommand } from './grant-sub-mandate.command';

async function withParent() {
  const h = await mandateHandlers();
  await h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('grant-meerssen')));
  return { ...h, afterParent: await h.store.headPosition() };
}

describe('GrantSubMandateHandler', () => {
  it('appends the sub-mandate of example 1 with the parent\'s grantee as grantor and the parent\'s municipalities', async () => {
    const h = await withParent();
    const { result } = await h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('sub')));
    const [event] = await h.appended(h.afterParent);
    expect(result).toEqual({ id: 'submandate-gm0935-manager-2026', position: event.position });
    expect(event).toMatchObject({
      stream: 'mandate-submandate-gm0935-manager-2026',
      type: 'MandateGranted',
      data: MANAGER_GRANTED.data,
      metadata: { causationId: 'sub', municipalities: ['GM0935', 'GM0938'] },
    });
  });

  it('runs example 2: PW-TERUGVORDERING, which the parent does not allow to sub-mandate, is refused and nothing is stored', async () => {
    const h = await withParent();
    const forbidden = managerSubInput({ powers: ['PW-TERUGVORDERING'], subMandateAllowed: [] });
    await expect(h.subGrant.execute(new GrantSubMandateCommand(forbidden, metadataFor('sub')))).rejects.toMatchObject({
      code: 'SUBMANDATE_NOT_PERMITTED',
    });
    await expect(h.appended(h.afterParent)).resolves.toEqual([]);
  });

  it('loads the whole chain above a sub-sub-mandate: the team leader is accepted, a way back to Meerssen is a cycle', async () => {
    const h = await withParent();
    await h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('manager')));
    const teamLeader = managerSubInput({ mandateId: 'sub-teamleider', parentMandateId: 'submandate-gm0935-manager-2026', grantee: 'GM0935.teamleider-inkomen' });
    await expect(h.subGrant.execute(new GrantSubMandateCommand(teamLeader, metadataFor('team-leader')))).resolves.toMatchObject({ result: { id: 'sub-teamleider' } });
    const backToMeerssen = { ...teamLeader, mandateId: 'sub-back', grantee: 'college:GM0938' };
    await expect(h.subGrant.execute(new GrantSubMandateCommand(backToMeerssen, metadataFor('back')))).rejects.toMatchObject({ code: 'DELEGATION_CYCLE' });
  });

  it('refuses a sub-mandate of a parent the register does not know as UNKNOWN_REFERENCE', async () => {
    const h = await mandateHandlers();
    await expect(h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('sub')))).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      meta: { kind: 'mandate', id: 'mandate-gm0938-2026' },
    });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses the same sub-mandate id twice as ALREADY_EXISTS', async () => {
    const h = await withParent();
    await h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('first')));
    await expect(h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('second')))).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    await expect(h.appended(h.afterParent)).resolves.toHaveLength(1);
  });
});
