import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { grantManagerSubMandate, grantMeerssenMandate } from '../support/szmh-mandates.fixture';
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
      ['on the day the mandate starts, which would leave no day at all', '2026-01-01'],
      ['after the mandate has ended on 2026-12-01', '2026-12-15'],
    ])('INVALID_PERIOD: a revocation %s', async (_when, validUntil) => {
      const { id } = await grantMeerssenMandate(register.client, { validUntil: '2026-12-01' });
      await expectRefusedWithoutChange(register, post(`/mandates/${id}/revocations`, { ...REVOCATION, validUntil }), {
        status: 422,
        code: 'INVALID_PERIOD',
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
