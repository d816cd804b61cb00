import { deciderSpec } from '../testing/decider-spec';
import { grantFacts, meerssenGrantRequest, MEERSSEN_GRANTED } from '../testing/szmh-mandates.fixture';
import { ALL_POWERS, CONSENT_DOCUMENT, document, EIJSDEN_DECISION, MEERSSEN_DECISION, PARTICIPANTS, POWERS } from '../testing/szmh-reference.fixture';
import type { GrantFacts, GrantMandate, GrantMandateRequest } from './mandate.commands';
import { mandateDecider } from './mandate.decider';

const spec = deciderSpec(mandateDecider);

function grant(overrides: Partial<GrantMandateRequest> = {}, facts: Partial<GrantFacts> = {}): GrantMandate {
  return { type: 'GrantMandate', data: meerssenGrantRequest(overrides), context: grantFacts(facts) };
}

/** A grant that the rules accept yields one MandateGranted carrying the request's parties and powers. */
function accepted(command: GrantMandate): void {
  const { mandateId, grantor, grantee, powers } = command.data;
  expect(mandateDecider.decide(command, null)).toEqual([
    { type: 'MandateGranted', data: expect.objectContaining({ mandateId, grantor, grantee, powers, parentMandateId: null }) },
  ]);
}

describe('GrantMandate, an original mandate', () => {
  it('records example 1: Meerssen mandates PW-BIJSTAND to the Maastricht college, valid from 2026-01-01, decided 2026-01-27', () => {
    spec.given([]).when(grant()).then([MEERSSEN_GRANTED]);
  });

  it("defaults municipalities to the grantor's own municipality (api.md)", () => {
    spec.given([]).when(grant({ municipalities: undefined })).then([MEERSSEN_GRANTED]);
  });

  it('refuses a second grant on an existing mandate id with ALREADY_EXISTS', () => {
    spec.given([MEERSSEN_GRANTED]).when(grant()).thenRejects('ALREADY_EXISTS');
  });

  describe('POWER_NOT_MANDATABLE (Awb 10:3)', () => {
    const raadGrant = (facts: Partial<GrantFacts> = {}) =>
      grant({ grantor: 'raad:GM0938', powers: ['PW-VERORDENING'], subMandateAllowed: [] }, facts);

    it('refuses a power the catalogue marks as not mandatable, citing the catalogue reason', () => {
      const error = spec.given([]).when(raadGrant()).thenRejects('POWER_NOT_MANDATABLE');
      expect(error.detail).toBe(
        'Awb 10:3: the power PW-VERORDENING (Vaststellen van verordeningen) may not be mandated: ' +
          'making generally binding rules is not mandated unless the granting act allows it.',
      );
    });

    it('accepts the same grant when the catalogue says the power is mandatable', () => {
      const mandatable = { ...POWERS.verordening, mandatable: true, nonMandatableReason: null };
      const councilDecision = document({ documentId: MEERSSEN_DECISION.documentId, decidedBy: ['raad:GM0938'] });
      accepted(raadGrant({ powers: [mandatable], decision: councilDecision }));
    });
  });

  describe('POWER_KIND_MISMATCH (Awb 10:12)', () => {
    it('refuses a mandaat for a private-law act, which needs a volmacht', () => {
      const error = spec.given([]).when(grant({ powers: ['PW-BETALINGSREGELING'], subMandateAllowed: [] })).thenRejects('POWER_KIND_MISMATCH');
      expect(error.meta).toEqual({ power: 'PW-BETALINGSREGELING', kind: 'mandaat', expectedKind: 'volmacht' });
    });

    it('refuses a volmacht for a public-law decision, which needs a mandaat', () => {
      spec.given([]).when(grant({ kind: 'volmacht' })).thenRejects('POWER_KIND_MISMATCH');
    });

    it('refuses a mandaat for an act that is neither, which needs a machtiging', () => {
      spec.given([]).when(grant({ powers: ['PW-INLICHTINGEN'], subMandateAllowed: [] })).thenRejects('POWER_KIND_MISMATCH');
    });

    it('accepts a volmacht for the private-law act and a machtiging for the other act', () => {
      accepted(grant({ kind: 'volmacht', powers: ['PW-BETALINGSREGELING'], subMandateAllowed: [] }));
      accepted(grant({ kind: 'machtiging', powers: ['PW-INLICHTINGEN'], subMandateAllowed: [] }));
    });
  });

  describe('CONSENT_BASIS_REQUIRED (Awb 10:4)', () => {
    it('refuses Meerssen mandating the Maastricht college without a statutory basis or consent', () => {
      const error = spec.given([]).when(grant({ consentBasis: null })).thenRejects('CONSENT_BASIS_REQUIRED');
      expect(error.detail).toContain('the college van burgemeester en wethouders van Maastricht does not work under the responsibility');
    });

    it('refuses a consent basis whose document is not registered', () => {
      const consentBasis = { type: 'consent', document: CONSENT_DOCUMENT.documentId };
      spec.given([]).when(grant({ consentBasis })).thenRejects('CONSENT_BASIS_REQUIRED');
    });

    it('accepts the statutory basis Wgr art. 8 lid 4 with GR art. 5 lid 1, or a registered consent document', () => {
      accepted(grant());
      accepted(grant({ consentBasis: { type: 'consent', document: CONSENT_DOCUMENT.documentId } }, { consentDocument: CONSENT_DOCUMENT }));
    });

    it("refuses a college mandating another organ of its own municipality without a basis: an organ is not under the college's responsibility", () => {
      const toMayor = grant({ grantee: 'burgemeester:GM0938', consentBasis: null });
      spec.given([]).when(toMayor).thenRejects('CONSENT_BASIS_REQUIRED');
    });

    it('refuses a college mandating a function of another municipality without a basis', () => {
      const toMaastrichtManager = grant({ grantee: 'GM0935.manager-sociale-zekerheid', consentBasis: null });
      spec.given([]).when(toMaastrichtManager).thenRejects('CONSENT_BASIS_REQUIRED');
    });

    it('accepts a college mandating a function of its own municipality without a basis', () => {
      accepted(grant({ grantee: 'GM0938.beleidsmedewerker-sociale-zaken', consentBasis: null }));
    });
  });

  describe('DECISION_DOCUMENT_REQUIRED (Awb 10:5)', () => {
    it('refuses a grant whose decision document is not registered', () => {
      const error = spec.given([]).when(grant({}, { decision: null })).thenRejects('DECISION_DOCUMENT_REQUIRED');
      expect(error.detail).toContain('doc-mandate-gm0938-2026 is not registered');
    });

    it('refuses a grant when the loaded document is another one than the grant names', () => {
      spec.given([]).when(grant({ decision: 'doc-other' })).thenRejects('DECISION_DOCUMENT_REQUIRED');
    });

    it('accepts the grant once its decision document is registered, whether published or not', () => {
      accepted(grant({}, { decision: { ...MEERSSEN_DECISION, publications: [] } }));
    });
  });

  describe('GRANTOR_NOT_COMPETENT (the grantor must hold the power)', () => {
    it('refuses a function as the grantor of an original mandate: it holds no power of its own', () => {
      const error = spec.given([]).when(grant({ grantor: 'GM0938.beleidsmedewerker-sociale-zaken' })).thenRejects('GRANTOR_NOT_COMPETENT');
      expect(error.detail).toContain('the function GM0938.beleidsmedewerker-sociale-zaken holds no power of its own');
    });

    it("refuses a college granting a power the catalogue gives to the burgemeester", () => {
      const error = spec.given([]).when(grant({ powers: ['GW-OPENBARE-ORDE'], subMandateAllowed: [] })).thenRejects('GRANTOR_NOT_COMPETENT');
      expect(error.meta).toMatchObject({ power: 'GW-OPENBARE-ORDE', holder: 'burgemeester' });
    });

    it('refuses an organ granting for another municipality than its own', () => {
      const error = spec.given([]).when(grant({ municipalities: ['GM0938', 'GM0981'] })).thenRejects('GRANTOR_NOT_COMPETENT');
      expect(error.meta).toMatchObject({ municipalities: ['GM0981'] });
    });

    it('accepts the burgemeester granting its own power for its own municipality, by its own decision', () => {
      const mayorsDecision = document({ documentId: MEERSSEN_DECISION.documentId, decidedBy: ['burgemeester:GM0938'] });
      const toOfficer = { grantor: 'burgemeester:GM0938', grantee: 'GM0938.beleidsmedewerker-sociale-zaken', powers: ['GW-OPENBARE-ORDE'], subMandateAllowed: [] };
      accepted(grant(toOfficer, { decision: mayorsDecision }));
    });
  });

  describe('NOT_A_PARTICIPANT (judged on validFrom)', () => {
    const fromEijsden = (validFrom: string) =>
      grant({ grantor: 'college:GM1903', municipalities: ['GM1903'], validFrom, decision: EIJSDEN_DECISION.documentId }, { decision: EIJSDEN_DECISION });
    const beek = { municipality: 'GM0888', name: 'Beek', periods: [{ joinedOn: '2026-03-01', exitOn: null, exitDecision: null }] };
    const beeksDecision = document({ documentId: MEERSSEN_DECISION.documentId, decidedOn: '2026-02-10', decidedBy: ['college:GM0888'], concerns: ['GM0888'] });
    const fromBeek = (validFrom: string) =>
      grant({ grantor: 'college:GM0888', municipalities: ['GM0888'], validFrom }, { participants: [...PARTICIPANTS, beek], decision: beeksDecision });

    it('refuses a grant by Eijsden-Margraten valid from its exit date 2021-07-01, the first day it no longer takes part', () => {
      const error = spec.given([]).when(fromEijsden('2021-07-01')).thenRejects('NOT_A_PARTICIPANT');
      expect(error.detail).toContain('Eijsden-Margraten (GM1903)');
    });

    it('accepts the same grant valid from 2021-06-30, the last day it took part', () => {
      accepted(fromEijsden('2021-06-30'));
    });

    it('refuses a grant to an organ of a municipality that has left', () => {
      const toEijsden = grant({ grantor: 'college:GM0938', grantee: 'college:GM1903' });
      expect(spec.given([]).when(toEijsden).thenRejects('NOT_A_PARTICIPANT').meta).toMatchObject({ role: "the grantee's municipality" });
    });

    it('accepts a grant decided before the municipality joined when it takes effect on the joining date', () => {
      accepted(fromBeek('2026-03-01'));
      const error = spec.given([]).when(fromBeek('2026-02-28')).thenRejects('NOT_A_PARTICIPANT');
      expect(error.detail).toContain('Beek (GM0888)');
    });
  });

  describe('INVALID_PERIOD', () => {
    it('refuses a validUntil equal to or before validFrom, since validUntil is exclusive', () => {
      spec.given([]).when(grant({ validUntil: '2026-01-01' })).thenRejects('INVALID_PERIOD');
      spec.given([]).when(grant({ validUntil: '2025-12-31' })).thenRejects('INVALID_PERIOD');
    });

    it('accepts a validUntil one day after validFrom', () => {
      accepted(grant({ validUntil: '2026-01-02' }));
    });
  });

  describe('DELEGATION_CYCLE', () => {
    it('refuses an organ granting a mandate to itself', () => {
      spec.given([]).when(grant({ grantee: 'college:GM0938' })).thenRejects('DELEGATION_CYCLE');
    });
  });

  describe('UNKNOWN_REFERENCE and VALIDATION_FAILED', () => {
    it('refuses a power missing from the catalogue', () => {
      const facts = { powers: ALL_POWERS.filter((p) => p.powerId !== 'PW-TERUGVORDERING') };
      expect(spec.given([]).when(grant({}, facts)).thenRejects('UNKNOWN_REFERENCE').meta).toEqual({ kind: 'power', id: 'PW-TERUGVORDERING' });
    });

    it('refuses a function that is not registered and an organ of a municipality the register never knew', () => {
      spec.given([]).when(grant({ grantee: 'GM0938.onbekend', consentBasis: null })).thenRejects('UNKNOWN_REFERENCE');
      spec.given([]).when(grant({ grantee: 'college:GM0363' })).thenRejects('UNKNOWN_REFERENCE');
    });

    it('refuses malformed input: an impossible date, a sub-mandatable power that is not granted, an unknown kind', () => {
      spec.given([]).when(grant({ validFrom: '2026-02-30' })).thenRejects('VALIDATION_FAILED');
      spec.given([]).when(grant({ subMandateAllowed: ['PW-INLICHTINGEN'] })).thenRejects('VALIDATION_FAILED');
      spec.given([]).when(grant({ kind: 'delegatie' })).thenRejects('VALIDATION_FAILED');
      spec.given([]).when(grant({ grantee: 'Maastricht' })).thenRejects('VALIDATION_FAILED');
    });
  });
});
