import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

const REVOCATION = { decision: DOCUMENTS.meerssenRevocation.id, validUntil: '2026-07-01' };
const REASON = 'The register does not match the signed decision';

describeOnEveryStore('revocations and corrections that break a rule', (register) => {
  const post = (path: string, body: object) => () => register.client.post(path, body);

  describe('POST /mandates/{id}/revocations', () => {
    it('ALREADY_REVOKED: revoking a mandate a second time', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      await expectCreated(register.client, `/mandates/${id}/revocations`, REVOCATION);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, validUntil: '2026-08-01' }), {
        status: 422,
        code: 'ALREADY_REVOKED',
        detailNames: [id],
      });
    });

    it('DECISION_DOCUMENT_REQUIRED (10:8): a revocation without a registered decision', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, decision: 'doc-intrekking-onbekend' }), {
        status: 422,
        code: 'DECISION_DOCUMENT_REQUIRED',
        detailNames: ['10:8'],
      });
    });

    it.each([
      ['before the mandate starts on 2026-01-01', '2025-12-01'],
      ['after the mandate has ended on 2026-12-01', '2026-12-15'],
    ])('INVALID_PERIOD: a revocation %s', async (_when, validUntil) => {
      const { id } = await grantMeerssenMandate(register.client, { validUntil: '2026-12-01' });
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, validUntil }), {
        status: 422,
        code: 'INVALID_PERIOD',
      });
    });

    it('RETROACTIVE_REVOCATION (10:8, 10:2): a revocation decided on 2026-06-15 from 2026-06-01, or from the first day of a mandate that already applied', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      for (const validUntil of ['2026-06-01', '2026-01-01']) {
        await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, validUntil }), {
          status: 422,
          code: 'RETROACTIVE_REVOCATION',
          detailNames: ['10:8', '2026-06-15'],
        });
      }
      await expectCreated(register.client, `/mandates/${id}/revocations`, { ...REVOCATION, validUntil: '2026-06-15' });
    });

    it('DECISION_NOT_OF_GRANTOR (10:8): a decision of the Vaals college revoking a Meerssen mandate', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      const vaals = { id: uniqueId('doc-revocation-gm0981'), type: 'revocation-decision', title: 'Intrekking door Vaals', decidedOn: '2026-06-15', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
      await expectCreated(register.client, '/documents', vaals);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, decision: vaals.id }), {
        status: 422,
        code: 'DECISION_NOT_OF_GRANTOR',
        detailNames: ['10:8', 'Vaals'],
      });
    });

    it('DOCUMENT_TYPE_MISMATCH (10:8 with 10:5): a revocation resting on a document that is no decision of the kind', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      const memo = { id: uniqueId('doc-memo-gm0938'), type: 'other', title: 'Memo intrekking', decidedOn: '2026-06-15', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
      await expectCreated(register.client, '/documents', memo);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, decision: memo.id }), {
        status: 422,
        code: 'DOCUMENT_TYPE_MISMATCH',
      });
    });
  });

  describe('POST /mandates/{id}/corrections', () => {
    it.each(['powers', 'grantee', 'grantor', 'kind', 'municipalities'])(
      'CORRECTION_CHANGES_LEGAL_CONTENT: correcting %s, which needs a new decision',
      async (field) => {
        const { id } = await grantMeerssenMandate(register.client);
        const value = { powers: ['PW-BIJSTAND'], grantee: 'college:GM0981', grantor: 'college:GM0994', kind: 'machtiging', municipalities: ['GM0994'] }[field];
        await expectRefusedWithoutChange(register, post(`/mandates/${id}/corrections`, { field, value, reason: REASON }), {
          status: 422,
          code: 'CORRECTION_CHANGES_LEGAL_CONTENT',
          detailNames: [field],
        });
      },
    );

    it('INVALID_PERIOD: a correction of validUntil to before validFrom, checked as if granted so', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/corrections`, { field: 'validUntil', value: '2025-06-01', reason: REASON }), {
        status: 422,
        code: 'INVALID_PERIOD',
      });
    });

    it('SUBMANDATE_EXCEEDS_PARENT: a correction raising a sub-mandate ceiling above its parent, checked as if granted so', async () => {
      const parent = await grantMeerssenMandate(register.client);
      const { id } = await grantManagerSubMandate(register.client, parent.id);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/corrections`, { field: 'ceiling', value: 50000, reason: REASON }), {
        status: 422,
        code: 'SUBMANDATE_EXCEEDS_PARENT',
        detailNames: ['ceiling'],
      });
    });

    it('SUBMANDATE_EXCEEDS_PARENT: a correction moving a sub-mandate validFrom before its parent starts', async () => {
      const parent = await grantMeerssenMandate(register.client);
      const { id } = await grantManagerSubMandate(register.client, parent.id);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/corrections`, { field: 'validFrom', value: '2025-06-01', reason: REASON }), {
        status: 422,
        code: 'SUBMANDATE_EXCEEDS_PARENT',
        detailNames: ['period'],
      });
    });

    it('DECISION_DOCUMENT_REQUIRED (10:5): a correction of the decision to one that is not registered', async () => {
      const { id } = await grantMeerssenMandate(register.client);
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/corrections`, { field: 'decision', value: 'doc-onbekend', reason: REASON }), {
        status: 422,
        code: 'DECISION_DOCUMENT_REQUIRED',
        detailNames: ['10:5'],
      });
    });
  });
});
