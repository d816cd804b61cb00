import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { type Body, grantMeerssenMandate, managerSubMandateBody, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated, MEERSSEN_OFFICER, STATUTORY_BASIS } from '../support/szmh-parties.fixture';

/**
 * The rules of a sub-mandate (10:9; GR art 5 lid 2) against a parent from
 * Meerssen that covers PW-BIJSTAND and PW-TERUGVORDERING for Meerssen, up to
 * 25,000 euros, from 2026-01-01 until 2027-01-01, and allows sub-mandate of
 * PW-BIJSTAND only.
 */
describeOnEveryStore('POST /mandates/{id}/sub-mandates refuses a sub-mandate that breaks a rule', (register) => {
  let parentId: string;

  beforeAll(async () => {
    parentId = (await grantMeerssenMandate(register.client, { validUntil: '2027-01-01' })).id;
  });

  // Within the parent in every respect unless a test says otherwise: it ends when the parent ends.
  const withinParent = (overrides: Body) => managerSubMandateBody({ validUntil: '2027-01-01', ...overrides });
  const subMandate = (overrides: Body) => () => register.client.post(`/mandates/${parentId}/sub-mandates`, withinParent(overrides));

  it('SUBMANDATE_NOT_PERMITTED (10:9): PW-TERUGVORDERING, which the parent does not allow to be sub-mandated', async () => {
    await expectRefusedWithoutChange(register, subMandate({ powers: ['PW-TERUGVORDERING'] }), {
      status: 422,
      code: 'SUBMANDATE_NOT_PERMITTED',
      detailNames: ['10:9', 'PW-TERUGVORDERING'],
    });
  });

  it.each([
    ['powers: a power the parent does not cover at all', { powers: ['PW-BIJSTAND', 'PW-BIJZONDERE-BIJSTAND'] }, /power/],
    ['municipalities: Vaals, where the parent covers Meerssen only', { municipalities: ['GM0938', 'GM0981'] }, /municipalit/],
    ['ceiling: 30,000 euros under a parent of 25,000', { ceiling: 30000 }, /ceiling/],
    ['ceiling: none (unlimited) under a parent of 25,000', { ceiling: null }, /ceiling/],
    ['period: until 2027-06-01, after the parent ends', { validUntil: '2027-06-01' }, /period|valid/],
    ['period: from 2025-12-01, before the parent starts', { validFrom: '2025-12-01', validUntil: '2026-06-01' }, /period|valid/],
  ])('SUBMANDATE_EXCEEDS_PARENT in %s, and the detail names which', async (_how, overrides, dimension) => {
    const response = await expectRefusedWithoutChange(register, subMandate(overrides), {
      status: 422,
      code: 'SUBMANDATE_EXCEEDS_PARENT',
    });
    expect(response.body.detail.toLowerCase()).toMatch(dimension);
  });

  it('DELEGATION_CYCLE: the Maastricht college sub-mandating back to the Meerssen college that granted the parent', async () => {
    await expectRefusedWithoutChange(
      register,
      subMandate({ grantee: 'college:GM0938', consentBasis: STATUTORY_BASIS, municipalities: ['GM0938'] }),
      { status: 422, code: 'DELEGATION_CYCLE', detailNames: ['college:GM0938'] },
    );
  });

  it.each([
    ['a Meerssen official', { grantee: MEERSSEN_OFFICER }],
    ['a Meerssen official, with Meerssen\'s consent', { grantee: MEERSSEN_OFFICER, consentBasis: { type: 'consent', document: DOCUMENTS.meerssenMandate.id } }],
    ['the burgemeester of Maastricht', { grantee: 'burgemeester:GM0935' }],
  ])('SUBMANDATE_NOT_PERMITTED (GR art. 5 lid 2): the Maastricht college sub-mandating to %s, not its staff', async (_whom, overrides) => {
    await expectRefusedWithoutChange(register, subMandate(overrides), {
      status: 422,
      code: 'SUBMANDATE_NOT_PERMITTED',
      detailNames: ['art. 5 lid 2'],
    });
  });

  it('DECISION_NOT_OF_GRANTOR (10:1, 10:5): a sub-mandate laid down in a decision of the Vaals college', async () => {
    const vaals = { id: uniqueId('doc-submandate-gm0981'), type: 'sub-mandate-decision', title: 'Ondermandaat Vaals', decidedOn: '2026-01-27', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
    await expectCreated(register.client, '/documents', vaals);
    await expectRefusedWithoutChange(register, subMandate({ decision: vaals.id }), { status: 422, code: 'DECISION_NOT_OF_GRANTOR', detailNames: ['10:1'] });
  });

  it('accepts an open-ended sub-mandate under the parent that ends on 2027-01-01: it lapses with its parent', async () => {
    await expectCreated(register.client, `/mandates/${parentId}/sub-mandates`, withinParent({ validUntil: null }));
  });

  it('DECISION_DOCUMENT_REQUIRED (10:5): a sub-mandate whose decision is not registered', async () => {
    await expectRefusedWithoutChange(register, subMandate({ decision: 'doc-ondermandaat-onbekend' }), {
      status: 422,
      code: 'DECISION_DOCUMENT_REQUIRED',
      detailNames: ['10:5'],
    });
  });

  it('INVALID_PERIOD: a sub-mandate that ends before it starts', async () => {
    await expectRefusedWithoutChange(register, subMandate({ validFrom: '2026-03-01', validUntil: '2026-02-01' }), {
      status: 422,
      code: 'INVALID_PERIOD',
    });
  });

  it('SUBMANDATE_NOT_PERMITTED (10:9): any sub-sub-mandate under a sub-mandate that allows none', async () => {
    const child = await register.client.post(`/mandates/${parentId}/sub-mandates`, withinParent({ subMandateAllowed: [] }));
    expect(child.status).toBe(201);
    const grandchild = () =>
      register.client.post(`/mandates/${child.body.id}/sub-mandates`, withinParent({ grantee: 'GM0935.teamleider-inkomen', ceiling: 5000 }));
    await expectRefusedWithoutChange(register, grandchild, { status: 422, code: 'SUBMANDATE_NOT_PERMITTED', detailNames: ['10:9'] });
  });
});
