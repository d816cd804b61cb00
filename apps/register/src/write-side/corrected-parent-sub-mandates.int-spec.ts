import { expectRefusedWithoutChange } from '../../../../test/app/support/problem-document';
import { describeOnEveryStore } from '../../../../test/app/support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate } from '../../../../test/app/support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../../../../test/app/support/szmh-parties.fixture';

const REASON = 'The register does not match the signed decision';

/**
 * The whole service: a correction of a parent finds its sub-mandates through
 * the mandates read model (ReadModelSubMandateFinder, as WriteSideModule
 * wires it), each sub-mandate acknowledged with 201 just before.
 */
describeOnEveryStore('POST /mandates/{id}/corrections of a parent with sub-mandates', (register) => {
  const correct = (id: string, field: string, value: unknown) => () => register.client.post(`/mandates/${id}/corrections`, { field, value, reason: REASON });

  it("SUBMANDATE_EXCEEDS_PARENT: lowering the parent's ceiling from 25000 to 5000, below its sub-mandate's 10000, naming the sub-mandate", async () => {
    const parent = await grantMeerssenMandate(register.client);
    const child = await grantManagerSubMandate(register.client, parent.id, { ceiling: 10000 });
    await expectRefusedWithoutChange(register, correct(parent.id, 'ceiling', 5000), {
      status: 422,
      code: 'SUBMANDATE_EXCEEDS_PARENT',
      detailNames: [child.id, 'ceiling'],
    });
  });

  it('SUBMANDATE_EXCEEDS_PARENT: ending the parent on 2026-08-01 before its sub-mandate ends on 2026-12-31; accepted once that sub-mandate is revoked from 2026-07-01', async () => {
    const parent = await grantMeerssenMandate(register.client);
    const child = await grantManagerSubMandate(register.client, parent.id, { validUntil: '2026-12-31' });
    await expectRefusedWithoutChange(register, correct(parent.id, 'validUntil', '2026-08-01'), {
      status: 422,
      code: 'SUBMANDATE_EXCEEDS_PARENT',
      detailNames: [child.id, 'period'],
    });
    await expectCreated(register.client, `/mandates/${child.id}/revocations`, { decision: DOCUMENTS.meerssenRevocation.id, validUntil: '2026-07-01' });
    await expect(correct(parent.id, 'validUntil', '2026-08-01')()).resolves.toMatchObject({ status: 201 });
  });

  it('accepts ending the parent above an open-ended sub-mandate, which lapses with it', async () => {
    const parent = await grantMeerssenMandate(register.client);
    await grantManagerSubMandate(register.client, parent.id, { validUntil: null });
    await expect(correct(parent.id, 'validUntil', '2026-08-01')()).resolves.toMatchObject({ status: 201 });
  });
});
