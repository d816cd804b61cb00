import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { agreementBody } from '../support/szmh-agreements.fixture';
import { type Body, meerssenMandateBody, uniqueId } from '../support/szmh-mandates.fixture';
import { expectCreated, MANAGER } from '../support/szmh-parties.fixture';

/**
 * The rules of domain.md that an original grant (POST /mandates) must pass,
 * one refused grant each: 422 with the rule's code, a detail naming the article
 * where domain.md gives one, and nothing stored.
 */
describeOnEveryStore('POST /mandates refuses a grant that breaks a rule', (register) => {
  const grant = (overrides: Body) => () => register.client.post('/mandates', meerssenMandateBody(overrides));

  it('POWER_NOT_MANDATABLE (10:3): the raad mandating its power to make regulations', async () => {
    await expectRefusedWithoutChange(
      register,
      grant({ grantor: 'raad:GM0938', powers: ['PW-VERORDENING'], subMandateAllowed: [] }),
      { status: 422, code: 'POWER_NOT_MANDATABLE', detailNames: ['10:3', 'PW-VERORDENING'] },
    );
  });

  it('DOCUMENT_TYPE_MISMATCH (10:1, 10:5): a mandate resting on the service agreement instead of a mandate decision', async () => {
    const agreement = agreementBody(uniqueId('dvo-gm0938'));
    await expectCreated(register.client, '/documents', agreement);
    await expectRefusedWithoutChange(register, grant({ decision: agreement.id }), { status: 422, code: 'DOCUMENT_TYPE_MISMATCH', detailNames: ['10:5', agreement.id] });
  });

  it("DECISION_NOT_OF_GRANTOR (10:1, 10:5): a Valkenburg mandate resting on the Meerssen college's decision", async () => {
    await expectRefusedWithoutChange(register, grant({ grantor: 'college:GM0994', municipalities: ['GM0994'] }), {
      status: 422,
      code: 'DECISION_NOT_OF_GRANTOR',
      detailNames: ['10:1', 'Meerssen', 'Valkenburg aan de Geul'],
    });
  });

  it('POWER_KIND_MISMATCH (10:12): a mandaat for the private-law act of a payment arrangement', async () => {
    await expectRefusedWithoutChange(
      register,
      grant({ powers: ['PW-BETALINGSREGELING'], subMandateAllowed: [] }),
      { status: 422, code: 'POWER_KIND_MISMATCH', detailNames: ['10:12'] },
    );
  });

  it('POWER_KIND_MISMATCH (10:12): a volmacht for the public-law decision on a benefit', async () => {
    await expectRefusedWithoutChange(
      register,
      grant({ kind: 'volmacht', powers: ['PW-BIJSTAND'], subMandateAllowed: [] }),
      { status: 422, code: 'POWER_KIND_MISMATCH', detailNames: ['10:12'] },
    );
  });

  it('CONSENT_BASIS_REQUIRED (10:4): Meerssen mandating the Maastricht college without basis, which is never inferred', async () => {
    const withoutBasis = meerssenMandateBody();
    delete withoutBasis.consentBasis;
    await expectRefusedWithoutChange(register, () => register.client.post('/mandates', withoutBasis), {
      status: 422,
      code: 'CONSENT_BASIS_REQUIRED',
      detailNames: ['10:4'],
    });
  });

  it('CONSENT_BASIS_REQUIRED (10:4): Meerssen mandating a Maastricht official, who does not work under Meerssen', async () => {
    await expectRefusedWithoutChange(register, grant({ grantee: MANAGER, consentBasis: null }), {
      status: 422,
      code: 'CONSENT_BASIS_REQUIRED',
      detailNames: ['10:4'],
    });
  });

  it('CONSENT_BASIS_REQUIRED (10:4): a consent document the register does not hold is no consent', async () => {
    await expectRefusedWithoutChange(register, grant({ consentBasis: { type: 'consent', document: 'doc-consent-onbekend' } }), {
      status: 422,
      code: 'CONSENT_BASIS_REQUIRED',
      detailNames: ['10:4', 'doc-consent-onbekend'],
    });
  });

  it('DECISION_DOCUMENT_REQUIRED (10:5): a grant referring to a decision the register does not hold', async () => {
    await expectRefusedWithoutChange(register, grant({ decision: 'doc-never-registered' }), {
      status: 422,
      code: 'DECISION_DOCUMENT_REQUIRED',
      detailNames: ['10:5'],
    });
  });

  it('GRANTOR_NOT_COMPETENT: the mayor granting PW-BIJSTAND, a power the catalogue gives the college', async () => {
    await expectRefusedWithoutChange(register, grant({ grantor: 'burgemeester:GM0938' }), {
      status: 422,
      code: 'GRANTOR_NOT_COMPETENT',
      detailNames: ['PW-BIJSTAND'],
    });
  });

  it('GRANTOR_NOT_COMPETENT: the Meerssen college granting for Vaals, as an original grant is for its own municipality only', async () => {
    await expectRefusedWithoutChange(register, grant({ municipalities: ['GM0981'] }), {
      status: 422,
      code: 'GRANTOR_NOT_COMPETENT',
      detailNames: ['GM0981'],
    });
  });

  it('NOT_A_PARTICIPANT: Eijsden-Margraten, which left on 2021-07-01, granting from 2026-01-01', async () => {
    await expectRefusedWithoutChange(register, grant({ grantor: 'college:GM1903', municipalities: ['GM1903'] }), {
      status: 422,
      code: 'NOT_A_PARTICIPANT',
      detailNames: ['GM1903'],
    });
  });

  it('NOT_A_PARTICIPANT: a mandate to the Eijsden-Margraten college after its exit', async () => {
    await expectRefusedWithoutChange(register, grant({ grantee: 'college:GM1903' }), {
      status: 422,
      code: 'NOT_A_PARTICIPANT',
      detailNames: ['GM1903'],
    });
  });

  it.each([
    ['ends on the day it starts', '2026-01-01'],
    ['ends before it starts', '2025-12-31'],
  ])('INVALID_PERIOD: a mandate that %s (validUntil is exclusive)', async (_why, validUntil) => {
    await expectRefusedWithoutChange(register, grant({ validUntil }), { status: 422, code: 'INVALID_PERIOD' });
  });

  it.each([
    ['a power', { powers: ['PW-ONBEKEND'], subMandateAllowed: [] }, 'PW-ONBEKEND'],
    ['a function as grantee', { grantee: 'GM0935.bestaat-niet', consentBasis: null }, 'GM0935.bestaat-niet'],
  ])('UNKNOWN_REFERENCE: %s the register does not know', async (_what, overrides, unknown) => {
    await expectRefusedWithoutChange(register, grant(overrides), { status: 422, code: 'UNKNOWN_REFERENCE', detailNames: [unknown] });
  });
});
