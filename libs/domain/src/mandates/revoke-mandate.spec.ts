import { deciderSpec } from '../testing/decider-spec';
import { MEERSSEN_GRANTED } from '../testing/szmh-mandates.fixture';
import { document, REVOCATION_DECISION } from '../testing/szmh-reference.fixture';
import type { DocumentRecord } from '../documents/document.state';
import type { RevokeMandate } from './mandate.commands';
import type { MandateGranted, MandateRevoked } from './mandate.events';
import { evolve, mandateDecider } from './mandate.decider';
import { ownEnd } from './mandate.state';

const spec = deciderSpec(mandateDecider);

function revoke(validUntil = '2026-07-01', decision: DocumentRecord | null = REVOCATION_DECISION): RevokeMandate {
  return {
    type: 'RevokeMandate',
    data: { mandateId: MEERSSEN_GRANTED.data.mandateId, decision: REVOCATION_DECISION.documentId, validUntil },
    context: { decision },
  };
}

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
    it('refuses a revocation from the first day of the mandate or before it', () => {
      spec.given([MEERSSEN_GRANTED]).when(revoke('2026-01-01')).thenRejects('INVALID_PERIOD');
      spec.given([MEERSSEN_GRANTED]).when(revoke('2025-12-01')).thenRejects('INVALID_PERIOD');
    });

    it('refuses a revocation from the day the mandate ends anyway or later', () => {
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2026-12-31')).thenRejects('INVALID_PERIOD');
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2027-03-01')).thenRejects('INVALID_PERIOD');
    });

    it('accepts a revocation from the second day of the mandate and from the last day before its end', () => {
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2026-01-02')).then([{ ...REVOKED, data: { ...REVOKED.data, validUntil: '2026-01-02' } }]);
      spec.given([grantedUntil('2026-12-31')]).when(revoke('2026-12-30')).then([{ ...REVOKED, data: { ...REVOKED.data, validUntil: '2026-12-30' } }]);
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
