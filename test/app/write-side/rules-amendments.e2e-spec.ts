import { expectProblem, expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { agreementBody, approvedBy, charterBody, PARTICIPATING_COLLEGES, proposedAmendment } from '../support/szmh-agreements.fixture';
import { uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

const BOTH_PARTIES = ['college:GM0935', 'college:GM0938'];

/** domain.md "Rules with their error codes": the amendment rules of GR SZMH arts. 8 lid 5 and 13 lid 4, through the API. */
describeOnEveryStore('amendments of agreements and the charter', (register) => {
  const adopt = (amendmentPath: string, body: object = {}) => () => register.client.post(`${amendmentPath}/adoption`, body);
  const approve = (amendmentPath: string, organ: string) => () => register.client.post(`${amendmentPath}/approvals`, { organ });

  describe('an agreement between the colleges of Maastricht and Meerssen (art. 8 lid 5)', () => {
    it('AMENDMENT_REQUIRES_ALL_PARTIES: adopting with Maastricht\'s approval only, naming Meerssen\'s college', async () => {
      const { path } = await proposedAmendment(register.client, 'agreement');
      await approvedBy(register.client, path, ['college:GM0935']);
      await expectRefusedWithoutChange(register, adopt(path), {
        status: 422,
        code: 'AMENDMENT_REQUIRES_ALL_PARTIES',
        detailNames: ['art. 8 lid 5', 'Meerssen', 'college:GM0938'],
      });
    });

    it('adopts with both approvals as version 2, which GET /documents shows from its validFrom on', async () => {
      const { documentId, amendmentId, path } = await proposedAmendment(register.client, 'agreement');
      await approvedBy(register.client, path, BOTH_PARTIES);
      const adoption = await adopt(path)();
      expect([adoption.status, adoption.body]).toEqual([201, expect.objectContaining({ id: amendmentId, version: 2, validFrom: '2026-07-01' })]);
      const document = await register.client.get(`/documents/${documentId}?validOn=2026-07-01`);
      expect(document.body.versionInForce).toMatchObject({ version: 2, amendmentId, validFrom: '2026-07-01', validUntil: '2028-01-01' });
      expect(document.body.amendments).toEqual([expect.objectContaining({ id: amendmentId, status: 'adopted', version: 2 })]);
    });

    it.each([
      ['the day before its term', '2025-12-31'],
      ['the day its term ends (until is exclusive)', '2028-01-01'],
    ])('AGREEMENT_TERM_ENDED: an amendment valid from %s', async (_when, validFrom) => {
      const documentId = uniqueId('dvo-gm0938');
      await expectCreated(register.client, '/documents', agreementBody(documentId));
      const body = { summary: 'Buiten de looptijd', validFrom };
      await expectRefusedWithoutChange(register, () => register.client.post(`/documents/${documentId}/amendments`, body), {
        status: 422,
        code: 'AGREEMENT_TERM_ENDED',
        detailNames: ['art. 8 lid 5', validFrom],
      });
    });

    it('APPROVER_NOT_A_PARTY: the college of Vaals, no party to it, approving', async () => {
      const { path } = await proposedAmendment(register.client, 'agreement');
      await expectRefusedWithoutChange(register, approve(path, 'college:GM0981'), {
        status: 422,
        code: 'APPROVER_NOT_A_PARTY',
        detailNames: ['art. 8 lid 5', 'Vaals'],
      });
    });

    it('AMENDMENT_ALREADY_ADOPTED: adopting the same amendment twice', async () => {
      const { amendmentId, path } = await proposedAmendment(register.client, 'agreement');
      await approvedBy(register.client, path, BOTH_PARTIES);
      await expectCreated(register.client, `${path}/adoption`, {});
      await expectRefusedWithoutChange(register, adopt(path), { status: 422, code: 'AMENDMENT_ALREADY_ADOPTED', detailNames: [amendmentId] });
    });
  });

  describe('the charter of all participating colleges (art. 13 lid 4)', () => {
    it('CHARTER_REQUIRES_UNANIMITY: adopting without Vaals\'s approval, naming Vaals\'s college', async () => {
      const { path } = await proposedAmendment(register.client, 'charter');
      await approvedBy(register.client, path, PARTICIPATING_COLLEGES.filter((college) => college !== 'college:GM0981'));
      await expectRefusedWithoutChange(register, adopt(path), {
        status: 422,
        code: 'CHARTER_REQUIRES_UNANIMITY',
        detailNames: ['art. 13 lid 4', 'Vaals', 'college:GM0981'],
      });
    });

    it('NOT_A_PARTICIPANT: the college of Eijsden-Margraten, out since 2021-07-01, approving', async () => {
      const { path } = await proposedAmendment(register.client, 'charter');
      await expectRefusedWithoutChange(register, approve(path, 'college:GM1903'), { status: 422, code: 'NOT_A_PARTICIPANT', detailNames: ['GM1903'] });
    });

    it('adopts with the five participating colleges: Eijsden-Margraten\'s approval is not needed', async () => {
      const { documentId, path } = await proposedAmendment(register.client, 'charter');
      await approvedBy(register.client, path, PARTICIPATING_COLLEGES);
      const adoption = await adopt(path)();
      expect([adoption.status, adoption.body.version]).toEqual([201, 2]);
      const document = await register.client.get(`/documents/${documentId}?validOn=2026-07-01`);
      expect(document.body.versionInForce).toMatchObject({ version: 2 });
    });
  });

  describe('the arrangement: all participating colleges and councils (art. 19 lid 2, Wgr art. 1 lid 2)', () => {
    const COUNCILS = PARTICIPATING_COLLEGES.map((college) => college.replace('college:', 'raad:'));

    it('ARRANGEMENT_REQUIRES_COUNCIL_CONSENT: adopting with the colleges alone, naming the councils; adopted once they consented', async () => {
      const documentId = uniqueId('gr-szmh');
      const arrangement = { ...charterBody(documentId), type: 'arrangement', title: 'Centrumregeling SZMH', term: null };
      await expectCreated(register.client, '/documents', arrangement);
      const { id: amendmentId } = await expectCreated(register.client, `/documents/${documentId}/amendments`, { summary: 'Wijziging 2026', validFrom: '2026-07-01' });
      const path = `/documents/${documentId}/amendments/${amendmentId}`;
      await approvedBy(register.client, path, PARTICIPATING_COLLEGES);
      await expectRefusedWithoutChange(register, adopt(path), {
        status: 422,
        code: 'ARRANGEMENT_REQUIRES_COUNCIL_CONSENT',
        detailNames: ['art. 19 lid 2', 'Wgr art. 1 lid 2', ...COUNCILS],
      });
      await approvedBy(register.client, path, COUNCILS);
      await expect(adopt(path)()).resolves.toMatchObject({ status: 201 });
    });
  });

  it('DOCUMENT_NOT_AMENDABLE: proposing an amendment of Meerssen\'s mandate decision', async () => {
    const body = { summary: 'Ander plafond', validFrom: '2026-07-01' };
    await expectRefusedWithoutChange(register, () => register.client.post(`/documents/${DOCUMENTS.meerssenMandate.id}/amendments`, body), {
      status: 422,
      code: 'DOCUMENT_NOT_AMENDABLE',
      detailNames: [DOCUMENTS.meerssenMandate.id],
    });
  });

  it.each([
    ['a proposal', '/documents/dvo-nooit-geregistreerd/amendments', { summary: 'Iets', validFrom: '2026-07-01' }, 'dvo-nooit-geregistreerd'],
    ['an approval', '/documents/dvo-nooit-geregistreerd/amendments/w-1/approvals', { organ: 'college:GM0938' }, 'dvo-nooit-geregistreerd'],
    ['an adoption', '/documents/dvo-nooit-geregistreerd/amendments/w-1/adoption', {}, 'dvo-nooit-geregistreerd'],
  ])('UNKNOWN_REFERENCE: %s for a document the register does not know, as for its publications', async (_what, path, body, unknown) => {
    await expectRefusedWithoutChange(register, () => register.client.post(path, body), { status: 422, code: 'UNKNOWN_REFERENCE', detailNames: [unknown] });
  });

  it('UNKNOWN_REFERENCE: approving an amendment the agreement does not have', async () => {
    const { documentId } = await proposedAmendment(register.client, 'agreement');
    await expectRefusedWithoutChange(register, approve(`/documents/${documentId}/amendments/w-onbekend`, 'college:GM0938'), {
      status: 422,
      code: 'UNKNOWN_REFERENCE',
      detailNames: ['w-onbekend'],
    });
  });

  it.each([
    ['a publication-officer', 'publication-officer'],
    ['an auditor', 'auditor'],
  ] as const)('answers 403 FORBIDDEN to %s proposing, approving or adopting: amendments are the registrar\'s', async (_who, role) => {
    const { documentId, path } = await proposedAmendment(register.client, 'agreement');
    const as = { as: role };
    await expectRefusedWithoutChange(register, () => register.client.post(`/documents/${documentId}/amendments`, { summary: 'x', validFrom: '2026-08-01' }, as), {
      status: 403,
      code: 'FORBIDDEN',
    });
    await expectRefusedWithoutChange(register, () => register.client.post(`${path}/approvals`, { organ: 'college:GM0935' }, as), { status: 403, code: 'FORBIDDEN' });
    await expectRefusedWithoutChange(register, () => register.client.post(`${path}/adoption`, {}, as), { status: 403, code: 'FORBIDDEN' });
  });

  it.each([
    ['an amendment id with a space', '/documents/dvo-1/amendments/w%201/adoption', {}],
    ['an organ that is a function', '/documents/dvo-1/amendments/w-1/approvals', { organ: 'GM0935.manager-sociale-zekerheid' }],
    ['an adoption date that is no date', '/documents/dvo-1/amendments/w-1/adoption', { adoptedOn: '2026-02-30' }],
    ['a field api.md does not name', '/documents/dvo-1/amendments/w-1/adoption', { reason: 'unanimous' }],
  ])('refuses %s with 400 VALIDATION_FAILED, storing nothing', async (_what, path, body) => {
    const before = await register.logSnapshot();
    expectProblem(await register.client.post(path, body), 400, 'VALIDATION_FAILED');
    await expect(register.logSnapshot()).resolves.toEqual(before);
  });
});
