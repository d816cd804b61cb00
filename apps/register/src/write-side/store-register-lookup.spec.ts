import { managerSubRequest, meerssenGrantRequest } from '../../../../libs/domain/src/testing/szmh-mandates.fixture';
import { EIJSDEN_MARGRATEN, MANAGER, MEERSSEN_DECISION, POWERS } from '../../../../libs/domain/src/testing/szmh-reference.fixture';
import { GrantMandateCommand } from '../mandates/grant-mandate/grant-mandate.command';
import { GrantSubMandateCommand } from '../mandates/grant-sub-mandate/grant-sub-mandate.command';
import { RevokeMandateCommand } from '../mandates/revoke-mandate/revoke-mandate.command';
import { managerSubInput, mandateHandlers } from '../mandates/testing/mandate-handlers.harness';
import { appendSeedEvent } from './testing/szmh-store.fixture';
import { metadataFor, writeSideHarness } from './testing/write-side.harness';

describe('StoreRegisterLookup', () => {
  it('folds each aggregate from its own stream, as its own handler would', async () => {
    const h = await writeSideHarness();
    await expect(h.lookup.participant('GM1903')).resolves.toEqual(EIJSDEN_MARGRATEN);
    await expect(h.lookup.power('PW-BIJSTAND')).resolves.toEqual(POWERS.bijstand);
    await expect(h.lookup.registeredFunction(MANAGER.functionId)).resolves.toEqual(MANAGER);
    await expect(h.lookup.document(MEERSSEN_DECISION.documentId)).resolves.toEqual({
      ...MEERSSEN_DECISION,
      versions: [{ version: 1, amendmentId: null, validFrom: '2026-01-27', validUntil: null, inForceFrom: null, contentSha256: null }],
      amendments: [],
    });
  });

  it('lists every municipality that ever joined, the one that left included, each folded from its stream', async () => {
    const h = await writeSideHarness();
    const participants = await h.lookup.participants();
    expect(participants.map((p) => p.municipality).sort()).toEqual(['GM0935', 'GM0938', 'GM0981', 'GM0994', 'GM1729', 'GM1903']);
    expect(participants.find((p) => p.municipality === 'GM1903')).toEqual(EIJSDEN_MARGRATEN);
  });

  it('answers null for what the register does not hold', async () => {
    const h = await writeSideHarness();
    await expect(Promise.all([h.lookup.participant('GM0888'), h.lookup.mandate('nothing'), h.lookup.document('nothing')])).resolves.toEqual([null, null, null]);
  });
});

describe('subMandatesOf in the unit harness, served by its log-scan stand-in for the read model', () => {
  it('finds the direct sub-mandates only, each folded with its own revocation', async () => {
    const h = await mandateHandlers();
    await h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('meerssen')));
    await h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('manager')));
    const teamLeader = managerSubRequest({ mandateId: 'sub-teamleider', parentMandateId: 'submandate-gm0935-manager-2026', grantee: 'GM0935.teamleider-inkomen' });
    const { grantor: _grantor, ...teamLeaderInput } = teamLeader;
    await h.subGrant.execute(new GrantSubMandateCommand(teamLeaderInput, metadataFor('team-leader')));
    const revokeManager = { mandateId: 'submandate-gm0935-manager-2026', decision: 'doc-revocation-gm0938-2026', validUntil: '2026-07-01' };
    await h.revoke.execute(new RevokeMandateCommand(revokeManager, metadataFor('revoke-manager')));

    const children = await h.lookup.subMandatesOf('mandate-gm0938-2026');
    expect(children.map((c) => [c.mandateId, c.revocation?.validUntil])).toEqual([['submandate-gm0935-manager-2026', '2026-07-01']]);
    await expect(h.lookup.subMandatesOf('submandate-gm0935-manager-2026')).resolves.toMatchObject([{ mandateId: 'sub-teamleider' }]);
  });

  it('keeps scanning page after page of 1000 events, to a sub-mandate on the third page', async () => {
    const h = await mandateHandlers();
    for (let i = 0; i < 2000; i += 1) {
      await appendSeedEvent(h.store, `filler-${i}`, { type: 'FillerRecorded', data: { i } }, []);
    }
    await h.grant.execute(new GrantMandateCommand(meerssenGrantRequest(), metadataFor('meerssen')));
    await h.subGrant.execute(new GrantSubMandateCommand(managerSubInput(), metadataFor('manager')));
    expect(await h.store.headPosition()).toBeGreaterThan(2000);
    // A cursor that stops advancing would read forever; fail after a few pages instead of hanging.
    const readAll = h.store.readAll.bind(h.store);
    const pages = jest.spyOn(h.store, 'readAll').mockImplementation(async (options) => {
      if (pages.mock.calls.length > 5) throw new Error('the scan does not advance');
      return readAll(options);
    });
    await expect(h.lookup.subMandatesOf('mandate-gm0938-2026')).resolves.toMatchObject([{ mandateId: 'submandate-gm0935-manager-2026' }]);
    // Some 2,030 events in pages of 1000: three reads.
    expect(pages).toHaveBeenCalledTimes(3);
  });
});
