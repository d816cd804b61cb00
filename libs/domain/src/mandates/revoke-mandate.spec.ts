import { deciderSpec } from '../testing/decider-spec';
import { MANAGER_GRANTED, MEERSSEN_GRANTED, MEERSSEN_MANDATE } from '../testing/szmh-mandates.fixture';
import { document, REVOCATION_DECISION } from '../testing/szmh-reference.fixture';
import type { DocumentRecord } from '../documents/document.state';
import type { RevokeMandate } from './mandate.commands';
import type { MandateGranted, MandateRevoked } from './mandate.events';
import { evolve, mandateDecider } from './mandate.decider';
import { ownEnd, type MandateRecord } from './mandate.state';

const spec = deciderSpec(mandateDecider);

function revoke(validUntil = '2026-07-01', decision: DocumentRecord | null = REVOCATION_DECISION, ancestors: MandateRecord[] = []): RevokeMandate {
  return {
    type: 'RevokeMandate',
    data: { mandateId: MEERSSEN_GRANTED.data.mandateId, decision: REVOCATION_DECISION.documentId, validUntil },
    context: { decision, ancestors },
  };
}

/** The revocation decision with other facts: taken on another day, of another type, by other organs. */
const revocationDecision = (changes: Partial<DocumentRecord>) => document({ ...REVOCATION_DECISION, ...changes });

const REVOKED: MandateRevoked = {
  type: 'MandateRevoked',
  data: {
    mandateId: 'mandate-gm0938-2026',
    decision: 'doc-revocation-gm0938-2026',
    decidedOn: '2026-06-15',
    validUntil: '2026-07-01',
    concerns: ['GM0935', 'GM0938'],
  },
};

const grantedUntil = (validUntil: string): MandateGranted => ({ ...MEERSSEN_GRANTED, data: { ...MEERSSEN_GRANTED.data, validUntil } });
/** A mandate decided on 2025-12-10 for 2026, so that it can be revoked before it begins. */
const PROSPECTIVE: MandateGranted = { ...MEERSSEN_GRANTED, data: { ...MEERSSEN_GRANTED.data, decidedOn: '2025-12-10', validUntil: '2026-12-31' } };
const DECIDED_2025_12_20 = revocationDecision({ decidedOn: '2025-12-20' });
const revokedFrom = (validUntil: string, decidedOn: string): MandateRevoked => ({ ...REVOKED, data: { ...REVOKED.data, validUntil, decidedOn } });

describe('RevokeMandate (Awb 10:8)', () => {
  it('records example 3: Meerssen revokes its mandate from 2026-07-01, concerning Meerssen and Maastricht', () => {
    spec.given([MEERSSEN_GRANTED]).when(revoke()).then([REVOKED]);
  });

  it('folds the revocation into the state: the mandate itself ends on the revocation date', () => {
    const state = evolve(evolve(null, MEERSSEN_GRANTED), REVOKED);
    expect(state?.revocation).toEqual({ decision: 'doc-revocation-gm0938-2026', decidedOn: '2026-06-15', validUntil: '2026-07-01' });
    expect(state && ownEnd(state)).toBe('2026-07-01');
  });

  describe('ALREADY_REVOKED', () => {
    it('refuses revoking a mandate that is already revoked', () => {
      const error = spec.given([MEERSSEN_GRANTED, REVOKED]).when(revoke('2026-08-01')).thenRejects('ALREADY_REVOKED');
      expect(error.detail).toBe(
        'Awb 10:8: the mandate mandate-gm0938-2026 was already revoked from 2026-07-01 by decision doc-revocation-gm0938-2026.',
      );
    });
  });

  describe('DECISION_DOCUMENT_REQUIRED (Awb 10:8 with 10:5)', () => {
    it('refuses a revocation whose decision document is not registered', () => {
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-07-01', null)).thenRejects('DECISION_DOCUMENT_REQUIRED');
    });
  });

  describe('INVALID_PERIOD (a revocation outside the period)', () => {
    it('refuses a revocation from before the first day of the mandate', () => {
      spec.given([MEERSSEN_GRANTED]).when(revoke('2025-12-01')).thenRejects('INVALID_PERIOD');
      spec.given([PROSPECTIVE]).when(revoke('2025-12-31', DECIDED_2025_12_20)).thenRejects('INVALID_PERIOD');
    });

    it('accepts a revocation from the first day: a mandate revoked before it began', () => {
      spec.given([PROSPECTIVE]).when(revoke('2026-01-01', DECIDED_2025_12_20)).then([revokedFrom('2026-01-01', '2025-12-20')]);
    });

    it('refuses a revocation from the day the mandate ends anyway or later', () => {
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2026-12-31')).thenRejects('INVALID_PERIOD');
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2027-03-01')).thenRejects('INVALID_PERIOD');
    });

    it('accepts a revocation from the second day of the mandate and from the last day before its end', () => {
      spec.given([PROSPECTIVE]).when(revoke('2026-01-02', DECIDED_2025_12_20)).then([revokedFrom('2026-01-02', '2025-12-20')]);
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2026-12-30')).then([revokedFrom('2026-12-30', '2026-06-15')]);
    });
  });

  describe('RETROACTIVE_REVOCATION (Awb 10:8 with 10:2: a revocation works from its decision onwards)', () => {
    const decidedOn15April = revocationDecision({ decidedOn: '2026-04-15' });

    it('refuses a revocation decided on 15 April "from 1 April", which would unmake decisions lawfully signed on 5 April', () => {
      const error = spec.given([MEERSSEN_GRANTED]).when(revoke('2026-04-01', decidedOn15April)).thenRejects('RETROACTIVE_REVOCATION');
      expect(error.detail).toBe(
        'Awb 10:8 with 10:2: ' +
          "a revocation works from its decision onwards, since what was decided under mandate-gm0938-2026 before it stays the organ's own decision; " +
          'doc-revocation-gm0938-2026 was taken on 2026-04-15, so it cannot end the mandate from 2026-04-01.',
      );
      expect(error.meta).toEqual({ validUntil: '2026-04-01', decidedOn: '2026-04-15', document: 'doc-revocation-gm0938-2026' });
    });

    it('refuses a revocation from the first day of a mandate that already applied when it was revoked', () => {
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-01-01')).thenRejects('RETROACTIVE_REVOCATION');
    });

    it('accepts the same revocation from 15 April, the day it was decided', () => {
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-04-15', decidedOn15April)).then([revokedFrom('2026-04-15', '2026-04-15')]);
    });
  });

  describe('DOCUMENT_TYPE_MISMATCH (Awb 10:8 with 10:5)', () => {
    it('refuses a revocation resting on the service agreement', () => {
      const error = spec.given([MEERSSEN_GRANTED]).when(revoke('2026-07-01', revocationDecision({ type: 'agreement' }))).thenRejects('DOCUMENT_TYPE_MISMATCH');
      expect(error.detail).toContain('a revocation rests on a revocation decision, a mandate decision or a sub-mandate decision');
    });

    it('accepts a new mandate decision that revokes the old mandate', () => {
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-07-01', revocationDecision({ type: 'mandate-decision' }))).thenAccepts({ type: 'MandateRevoked', data: { validUntil: '2026-07-01' } });
    });
  });

  describe('DECISION_NOT_OF_GRANTOR (Awb 10:8: only the grantor, or one above it, revokes)', () => {
    const byVaals = revocationDecision({ decidedBy: ['college:GM0981'] });

    it('refuses a Vaals decision revoking a Meerssen mandate', () => {
      const error = spec.given([MEERSSEN_GRANTED]).when(revoke('2026-07-01', byVaals)).thenRejects('DECISION_NOT_OF_GRANTOR');
      expect(error.detail).toContain('was taken by the college van burgemeester en wethouders van Vaals, not by the college van burgemeester en wethouders van Meerssen');
    });

    const revokeManager = (decidedBy: string[]): RevokeMandate => ({
      ...revoke('2026-07-01', revocationDecision({ decidedBy }), [MEERSSEN_MANDATE]),
      data: { mandateId: MANAGER_GRANTED.data.mandateId, decision: REVOCATION_DECISION.documentId, validUntil: '2026-07-01' },
    });

    it("lets the Maastricht college, its grantor, and the Meerssen college above it revoke the manager's sub-mandate", () => {
      spec.given([MANAGER_GRANTED]).when(revokeManager(['college:GM0935'])).thenAccepts({ type: 'MandateRevoked', data: { mandateId: MANAGER_GRANTED.data.mandateId } });
      spec.given([MANAGER_GRANTED]).when(revokeManager(['college:GM0938'])).thenAccepts({ type: 'MandateRevoked', data: { mandateId: MANAGER_GRANTED.data.mandateId } });
    });

    it("refuses the manager revoking its own sub-mandate, and the Vaals college, which is not in the chain", () => {
      spec.given([MANAGER_GRANTED]).when(revokeManager(['GM0935.manager-sociale-zekerheid'])).thenRejects('DECISION_NOT_OF_GRANTOR');
      spec.given([MANAGER_GRANTED]).when(revokeManager(['college:GM0981'])).thenRejects('DECISION_NOT_OF_GRANTOR');
    });

    it('counts only the chain that leads up from the mandate: an unconnected ancestor grants nobody the right to revoke', () => {
      const stranger = { ...MEERSSEN_MANDATE, mandateId: 'mandate-other', grantor: 'college:GM0938' };
      const command = { ...revokeManager(['college:GM0938']), context: { decision: revocationDecision({ decidedBy: ['college:GM0938'] }), ancestors: [stranger] } };
      spec.given([MANAGER_GRANTED]).when(command).thenRejects('DECISION_NOT_OF_GRANTOR');
    });
  });

  describe('CHRONOLOGY', () => {
    it('refuses a revocation decided before the mandate itself was decided', () => {
      const early = document({ documentId: REVOCATION_DECISION.documentId, decidedOn: '2026-01-26' });
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-07-01', early)).thenRejects('CHRONOLOGY');
    });

    it('accepts a revocation decided on the day of the grant', () => {
      const sameDay = document({ documentId: REVOCATION_DECISION.documentId, decidedOn: '2026-01-27' });
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-07-01', sameDay)).then([{ ...REVOKED, data: { ...REVOKED.data, decidedOn: '2026-01-27' } }]);
    });
  });

  it('refuses revoking a mandate the register does not know with UNKNOWN_REFERENCE', () => {
    spec.given([]).when(revoke()).thenRejects('UNKNOWN_REFERENCE');
  });
});
