import { deciderSpec } from '../testing/decider-spec';
import {
  MANAGER_GRANTED,
  MANAGER_MANDATE,
  managerSubRequest,
  MEERSSEN_MANDATE,
  subMandateFacts,
} from '../testing/szmh-mandates.fixture';
import { CONSENT_DOCUMENT } from '../testing/szmh-reference.fixture';
import type { ChainFacts, GrantFacts, GrantSubMandate, GrantSubMandateRequest } from './mandate.commands';
import { mandateDecider } from './mandate.decider';
import type { MandateRecord } from './mandate.state';

const spec = deciderSpec(mandateDecider);

function subGrant(overrides: Partial<GrantSubMandateRequest> = {}, facts: Partial<GrantFacts & ChainFacts> = {}): GrantSubMandate {
  return { type: 'GrantSubMandate', data: managerSubRequest(overrides), context: subMandateFacts(facts) };
}

function accepted(command: GrantSubMandate): void {
  const { mandateId, grantee, powers, parentMandateId } = command.data;
  expect(mandateDecider.decide(command, null)).toEqual([
    { type: 'MandateGranted', data: expect.objectContaining({ mandateId, grantee, powers, parentMandateId }) },
  ]);
}

const parentWith = (changes: Partial<MandateRecord>): Partial<ChainFacts> => ({ parent: { ...MEERSSEN_MANDATE, ...changes } });

/** The manager passing PW-BIJSTAND on to a team leader: a chain of three. */
const teamLeaderGrant = (overrides: Partial<GrantSubMandateRequest> = {}, facts: Partial<GrantFacts & ChainFacts> = {}) =>
  subGrant(
    { mandateId: 'submandate-teamleider', parentMandateId: MANAGER_MANDATE.mandateId, grantee: 'GM0935.teamleider-inkomen', ceiling: 5000, ...overrides },
    { parent: MANAGER_MANDATE, ancestors: [MEERSSEN_MANDATE], ...facts },
  );

describe('GrantSubMandate (ondermandaat, Awb 10:9)', () => {
  it("records example 1's sub-mandate to the Manager Sociale Zekerheid, granted by the parent's grantee for the parent's municipalities", () => {
    spec.given([]).when(subGrant()).then([MANAGER_GRANTED]);
  });

  it('accepts the manager passing it on to a team leader of the same municipality without a consent basis', () => {
    accepted(teamLeaderGrant());
  });

  describe('SUBMANDATE_NOT_PERMITTED', () => {
    it('refuses PW-TERUGVORDERING, which the Meerssen mandate does not allow to be sub-mandated, and stores nothing', () => {
      const error = spec.given([]).when(subGrant({ powers: ['PW-TERUGVORDERING'], subMandateAllowed: [] })).thenRejects('SUBMANDATE_NOT_PERMITTED');
      expect(error.detail).toBe(
        'Awb 10:9 lid 1: the mandate mandate-gm0938-2026 of the college van burgemeester en wethouders van Meerssen ' +
          'does not allow sub-mandate of PW-TERUGVORDERING.',
      );
    });

    it('accepts PW-BIJSTAND, which it allows', () => {
      accepted(subGrant({ powers: ['PW-BIJSTAND'] }));
    });
  });

  describe('SUBMANDATE_EXCEEDS_PARENT', () => {
    const dimensionsOf = (command: GrantSubMandate) => spec.given([]).when(command).thenRejects('SUBMANDATE_EXCEEDS_PARENT').meta.dimensions;

    it('refuses a power the parent does not hold', () => {
      expect(dimensionsOf(subGrant({ powers: ['PW-BIJZONDERE-BIJSTAND'], subMandateAllowed: [] }))).toEqual(['powers']);
    });

    it('refuses a municipality the parent is not for', () => {
      const error = spec.given([]).when(subGrant({ municipalities: ['GM0938', 'GM0981'] })).thenRejects('SUBMANDATE_EXCEEDS_PARENT');
      expect(error.detail).toContain('municipalities (GM0981 not covered by the parent)');
    });

    it("refuses a ceiling above the parent's EUR 25000, and an absent ceiling, which is unlimited", () => {
      expect(dimensionsOf(subGrant({ ceiling: 25001 }))).toEqual(['ceiling']);
      expect(dimensionsOf(subGrant({ ceiling: null }))).toEqual(['ceiling']);
    });

    it("accepts a ceiling equal to the parent's, and no ceiling under a parent without one", () => {
      accepted(subGrant({ ceiling: 25000 }));
      accepted(subGrant({ ceiling: null }, parentWith({ ceiling: null })));
    });

    it('refuses a period that starts before the parent or ends after it, an open end counting as endless', () => {
      expect(dimensionsOf(subGrant({ validFrom: '2025-12-31' }))).toEqual(['period']);
      const parentUntil2027 = parentWith({ validUntil: '2027-01-01' });
      expect(dimensionsOf(subGrant({ validUntil: '2027-01-02' }, parentUntil2027))).toEqual(['period']);
    });

    it("accepts a period ending on the parent's end", () => {
      accepted(subGrant({ validUntil: '2027-01-01' }, parentWith({ validUntil: '2027-01-01' })));
    });

    it('accepts an open-ended sub-mandate ("tot intrekking") under a parent that ends: it lapses with its parent', () => {
      const [event] = spec.given([]).when(subGrant({ validUntil: null }, parentWith({ validUntil: '2027-01-01' }))).thenAccepts({ type: 'MandateGranted', data: { validUntil: null } });
      // Nothing is written on the sub-mandate about its parent's end: that is derived when asked.
      expect(event.data).toMatchObject({ validUntil: null, parentMandateId: MEERSSEN_MANDATE.mandateId });
    });

    it('names every dimension in which it is wider', () => {
      const error = spec.given([]).when(subGrant({ ceiling: null, validFrom: '2025-06-01' })).thenRejects('SUBMANDATE_EXCEEDS_PARENT');
      expect(error.meta.dimensions).toEqual(['ceiling', 'period']);
      expect(error.detail).toContain('ceiling (unlimited above the parent');
    });
  });

  describe('GRANTOR_NOT_COMPETENT', () => {
    it("refuses an explicit grantor that is not the parent's grantee", () => {
      spec.given([]).when(subGrant({ grantor: 'college:GM0938' })).thenRejects('GRANTOR_NOT_COMPETENT');
    });

    it("accepts an explicit grantor that is the parent's grantee", () => {
      accepted(subGrant({ grantor: 'college:GM0935' }));
    });

    it('refuses a sub-mandate valid from the day its parent is revoked: the grantor no longer holds the power', () => {
      const revoked = parentWith({ revocation: { decision: 'doc-revocation', decidedOn: '2026-06-15', validUntil: '2026-07-01' } });
      spec.given([]).when(subGrant({ validFrom: '2026-07-01' }, revoked)).thenRejects('GRANTOR_NOT_COMPETENT');
      accepted(subGrant({ validFrom: '2026-06-30' }, revoked));
    });

    it('refuses a sub-sub-mandate after the original mandate at the top of the chain was revoked', () => {
      const revokedRoot = { ...MEERSSEN_MANDATE, revocation: { decision: 'doc-revocation', decidedOn: '2026-06-15', validUntil: '2026-07-01' } };
      const error = spec.given([]).when(teamLeaderGrant({ validFrom: '2026-08-01' }, { ancestors: [revokedRoot] })).thenRejects('GRANTOR_NOT_COMPETENT');
      expect(error.meta).toMatchObject({ mandateId: MEERSSEN_MANDATE.mandateId });
    });
  });

  describe('DELEGATION_CYCLE', () => {
    it('refuses a chain that leads back to the college of Meerssen, which granted the original mandate', () => {
      const error = spec.given([]).when(teamLeaderGrant({ grantee: 'college:GM0938' })).thenRejects('DELEGATION_CYCLE');
      expect(error.meta.chain).toEqual(['college:GM0938', 'college:GM0935', 'GM0935.manager-sociale-zekerheid']);
    });

    it('refuses passing it back to the Maastricht college or to the manager itself', () => {
      spec.given([]).when(teamLeaderGrant({ grantee: 'college:GM0935' })).thenRejects('DELEGATION_CYCLE');
      spec.given([]).when(teamLeaderGrant({ grantee: 'GM0935.manager-sociale-zekerheid' })).thenRejects('DELEGATION_CYCLE');
    });
  });

  describe('NOT_A_PARTICIPANT', () => {
    const eijsdenParent = parentWith({ grantor: 'college:GM1903', municipalities: ['GM1903'], validFrom: '2021-01-01' });

    it('refuses a sub-mandate for Eijsden-Margraten taking effect on or after its exit on 2021-07-01', () => {
      spec.given([]).when(subGrant({ validFrom: '2021-07-01' }, eijsdenParent)).thenRejects('NOT_A_PARTICIPANT');
    });

    it('accepts it taking effect while Eijsden-Margraten still took part', () => {
      accepted(subGrant({ validFrom: '2021-06-01' }, eijsdenParent));
    });
  });

  describe('SUBMANDATE_NOT_PERMITTED: only to staff under the sub-mandating party\'s authority (GR SZMH art. 5 lid 2)', () => {
    const consent = { type: 'consent', document: CONSENT_DOCUMENT.documentId };

    it('refuses the Maastricht college sub-mandating to an official of Meerssen, with or without consent, naming art. 5 lid 2', () => {
      const toMeerssenOfficer = { grantee: 'GM0938.beleidsmedewerker-sociale-zaken' };
      const error = spec.given([]).when(subGrant(toMeerssenOfficer)).thenRejects('SUBMANDATE_NOT_PERMITTED');
      expect(error.detail).toContain('GR SZMH art. 5 lid 2');
      expect(error.detail).toContain('GM0938.beleidsmedewerker-sociale-zaken is a function of Meerssen');
      expect(error.meta).toMatchObject({ grantor: 'college:GM0935', grantee: 'GM0938.beleidsmedewerker-sociale-zaken' });
      const withConsent = subGrant({ ...toMeerssenOfficer, consentBasis: consent }, { consentDocument: CONSENT_DOCUMENT });
      spec.given([]).when(withConsent).thenRejects('SUBMANDATE_NOT_PERMITTED');
    });

    it('refuses an organ as grantee: the burgemeester of Maastricht, or the college of Vaals, even with consent', () => {
      const error = spec.given([]).when(subGrant({ grantee: 'burgemeester:GM0935' })).thenRejects('SUBMANDATE_NOT_PERMITTED');
      expect(error.detail).toContain('the burgemeester van Maastricht is an organ');
      const toVaals = subGrant({ grantee: 'college:GM0981', consentBasis: consent }, { consentDocument: CONSENT_DOCUMENT });
      spec.given([]).when(toVaals).thenRejects('SUBMANDATE_NOT_PERMITTED');
    });

    it('refuses the manager passing it on to an official of another municipality, and accepts a Maastricht team leader', () => {
      spec.given([]).when(teamLeaderGrant({ grantee: 'GM0938.beleidsmedewerker-sociale-zaken' })).thenRejects('SUBMANDATE_NOT_PERMITTED');
      accepted(teamLeaderGrant());
    });
  });

  describe('DECISION_DOCUMENT_REQUIRED (Awb 10:5)', () => {
    it('refuses a sub-mandate whose decision is not registered', () => {
      spec.given([]).when(subGrant({}, { decision: null })).thenRejects('DECISION_DOCUMENT_REQUIRED');
    });
  });

  describe('UNKNOWN_REFERENCE, INVALID_PERIOD and POWER_KIND_MISMATCH', () => {
    it('refuses a parent mandate the register does not know, or a chain with a missing link', () => {
      spec.given([]).when(subGrant({}, { parent: null })).thenRejects('UNKNOWN_REFERENCE');
      expect(spec.given([]).when(teamLeaderGrant({}, { ancestors: [] })).thenRejects('UNKNOWN_REFERENCE').meta).toEqual({
        kind: 'mandate',
        id: MEERSSEN_MANDATE.mandateId,
      });
    });

    it('refuses a validUntil not after validFrom, and a volmacht for a public-law decision', () => {
      spec.given([]).when(subGrant({ validUntil: '2026-01-01' })).thenRejects('INVALID_PERIOD');
      spec.given([]).when(subGrant({ kind: 'volmacht' })).thenRejects('POWER_KIND_MISMATCH');
    });
  });
});
