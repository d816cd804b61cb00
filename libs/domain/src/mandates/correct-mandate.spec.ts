import { deciderSpec } from '../testing/decider-spec';
import {
  grantFacts,
  MANAGER_GRANTED,
  MANAGER_MANDATE,
  MEERSSEN_GRANTED,
  MEERSSEN_MANDATE,
  subMandateFacts,
} from '../testing/szmh-mandates.fixture';
import { document, EIJSDEN_DECISION, PARTICIPANTS } from '../testing/szmh-reference.fixture';
import type { CorrectMandate } from './mandate.commands';
import type { MandateCorrected, MandateRevoked } from './mandate.events';
import { evolve, mandateDecider } from './mandate.decider';
import type { MandateRecord } from './mandate.state';

const spec = deciderSpec(mandateDecider);

type Context = CorrectMandate['context'];

function correctMeerssen(field: string, value: unknown, context: Partial<Context> = {}): CorrectMandate {
  return {
    type: 'CorrectMandate',
    data: { mandateId: MEERSSEN_MANDATE.mandateId, field, value, reason: 'typing error in the register', evidence: 'gmb-2026-90002' },
    context: { ...grantFacts(), parent: null, ancestors: [], subMandates: [MANAGER_MANDATE], ...context },
  };
}

function correctManager(field: string, value: unknown, context: Partial<Context> = {}): CorrectMandate {
  return {
    type: 'CorrectMandate',
    data: { mandateId: MANAGER_MANDATE.mandateId, field, value, reason: 'typing error in the register' },
    context: { ...subMandateFacts(), subMandates: [], ...context },
  };
}

const VALID_FROM_CORRECTED: MandateCorrected = {
  type: 'MandateCorrected',
  data: {
    mandateId: 'mandate-gm0938-2026',
    field: 'validFrom',
    value: '2025-12-01',
    previousValue: '2026-01-01',
    reason: 'typing error in the register',
    evidence: 'gmb-2026-90002',
    decidedOn: '2026-01-27',
    validFrom: '2025-12-01',
    validUntil: null,
    concerns: ['GM0935', 'GM0938'],
  },
};

describe('CorrectMandate', () => {
  it('records example 4: a validFrom recorded wrongly is corrected, with the old value kept in the event', () => {
    spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('validFrom', '2025-12-01')).then([VALID_FROM_CORRECTED]);
  });

  it('folds the corrected value into the state', () => {
    expect(evolve(evolve(null, MEERSSEN_GRANTED), VALID_FROM_CORRECTED)).toEqual({ ...MEERSSEN_MANDATE, validFrom: '2025-12-01' });
  });

  describe('CORRECTION_CHANGES_LEGAL_CONTENT', () => {
    it.each(['powers', 'grantee', 'kind', 'municipalities', 'subMandateAllowed'])('refuses correcting %s: that needs a new decision', (field) => {
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen(field, ['PW-BIJSTAND'])).thenRejects('CORRECTION_CHANGES_LEGAL_CONTENT');
    });

    it('accepts correcting the instructions and the ceiling', () => {
      const [instructions] = spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('instructions', ['Report monthly'])).thenAccepts({ type: 'MandateCorrected' });
      expect(instructions.data).toMatchObject({ field: 'instructions', value: ['Report monthly'], previousValue: ['Report quarterly to the college of Meerssen'] });
      const [ceiling] = spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('ceiling', 30000)).thenAccepts({ type: 'MandateCorrected' });
      expect(ceiling.data).toMatchObject({ field: 'ceiling', value: 30000, previousValue: 25000 });
    });

    it('refuses a field that is not a field of a mandate, and a correction that changes nothing, as VALIDATION_FAILED', () => {
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('colour', 'red')).thenRejects('VALIDATION_FAILED');
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('ceiling', 25000)).thenRejects('VALIDATION_FAILED');
    });
  });

  describe('checked as if granted with the corrected value', () => {
    it('refuses a corrected validFrom outside participation: Eijsden-Margraten left on 2021-07-01', () => {
      const eijsden: MandateRecord = {
        ...MEERSSEN_MANDATE,
        grantor: 'college:GM1903',
        municipalities: ['GM1903'],
        validFrom: '2021-01-01',
        decision: EIJSDEN_DECISION.documentId,
      };
      const granted = { type: 'MandateGranted' as const, data: { ...MEERSSEN_GRANTED.data, ...eijsden } };
      const facts = { subMandates: [], decision: EIJSDEN_DECISION };
      spec.given([granted]).when(correctMeerssen('validFrom', '2021-07-01', facts)).thenRejects('NOT_A_PARTICIPANT');
      spec.given([granted]).when(correctMeerssen('validFrom', '2021-06-30', facts)).thenAccepts({ type: 'MandateCorrected', data: { field: 'validFrom', value: '2021-06-30', validFrom: '2021-06-30' } });
    });

    it("refuses a sub-mandate's validFrom corrected to before its parent's, and accepts one inside it", () => {
      spec.given([MANAGER_GRANTED]).when(correctManager('validFrom', '2025-12-31')).thenRejects('SUBMANDATE_EXCEEDS_PARENT');
      spec.given([MANAGER_GRANTED]).when(correctManager('validFrom', '2026-02-01')).thenAccepts({ type: 'MandateCorrected', data: { field: 'validFrom', value: '2026-02-01', previousValue: '2026-01-01' } });
    });

    it('refuses a validUntil corrected to before validFrom as INVALID_PERIOD', () => {
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('validUntil', '2025-12-31')).thenRejects('INVALID_PERIOD');
    });

    it('refuses a decision corrected to a document that is not registered, and takes the date of a registered one', () => {
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('decision', 'doc-missing', { decision: null })).thenRejects('DECISION_DOCUMENT_REQUIRED');
      const corrected = document({ documentId: 'doc-mandate-gm0938-2026-v2', decidedOn: '2026-01-28' });
      const [event] = spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('decision', corrected.documentId, { decision: corrected })).thenAccepts({ type: 'MandateCorrected' });
      expect(event.data).toMatchObject({ field: 'decision', value: 'doc-mandate-gm0938-2026-v2', decidedOn: '2026-01-28' });
    });

    it('refuses a validFrom corrected to after the date the mandate was revoked from', () => {
      const revoked: MandateRevoked = {
        type: 'MandateRevoked',
        data: { mandateId: MEERSSEN_MANDATE.mandateId, decision: 'doc-r', decidedOn: '2026-06-15', validUntil: '2026-07-01', concerns: [] },
      };
      const command = correctMeerssen('validFrom', '2026-07-01', { subMandates: [] });
      spec.given([MEERSSEN_GRANTED, revoked]).when(command).thenRejects('INVALID_PERIOD');
    });
  });

  describe('SUBMANDATE_EXCEEDS_PARENT for the sub-mandates of a corrected parent', () => {
    it("refuses lowering the parent's ceiling below its sub-mandate's EUR 10000, naming the sub-mandate", () => {
      const error = spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('ceiling', 9999)).thenRejects('SUBMANDATE_EXCEEDS_PARENT');
      expect(error.detail).toContain('its sub-mandate submandate-gm0935-manager-2026');
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('ceiling', 10000)).thenAccepts({ type: 'MandateCorrected', data: { field: 'ceiling', value: 10000, previousValue: 25000 } });
    });

    it('refuses ending the parent before a sub-mandate that names a later end, unless that sub-mandate was itself revoked by then', () => {
      const until2027 = { ...MANAGER_MANDATE, validUntil: '2027-07-01' };
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('validUntil', '2026-12-31', { subMandates: [until2027] })).thenRejects('SUBMANDATE_EXCEEDS_PARENT');
      const revokedChild = { ...until2027, revocation: { decision: 'doc-r', decidedOn: '2026-06-01', validUntil: '2026-12-01' } };
      const command = correctMeerssen('validUntil', '2026-12-31', { subMandates: [revokedChild] });
      spec.given([MEERSSEN_GRANTED]).when(command).thenAccepts({ type: 'MandateCorrected', data: { field: 'validUntil', value: '2026-12-31', validUntil: '2026-12-31' } });
    });

    it('accepts ending the parent above an open-ended sub-mandate, which lapses with it, even one revoked from a later date', () => {
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('validUntil', '2026-12-31')).thenAccepts({ type: 'MandateCorrected', data: { field: 'validUntil', value: '2026-12-31', validUntil: '2026-12-31' } });
      const revokedLater = { ...MANAGER_MANDATE, revocation: { decision: 'doc-r', decidedOn: '2026-06-01', validUntil: '2027-03-01' } };
      spec.given([MEERSSEN_GRANTED]).when(correctMeerssen('validUntil', '2026-12-31', { subMandates: [revokedLater] })).thenAccepts({ type: 'MandateCorrected', data: { field: 'validUntil', value: '2026-12-31', validUntil: '2026-12-31' } });
    });
  });

  it('refuses correcting a mandate the register does not know with UNKNOWN_REFERENCE', () => {
    spec.given([]).when(correctMeerssen('ceiling', 1, { participants: PARTICIPANTS })).thenRejects('UNKNOWN_REFERENCE');
  });
});
