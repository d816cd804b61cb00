import { deciderSpec } from '../testing/decider-spec';
import { adopted, AGREEMENT, approve, approved, ARRANGEMENT, CHARTER, DECISION_OF_MEERSSEN, proposed } from '../testing/szmh-agreements.fixture';
import { TODAY } from '../testing/szmh-reference.fixture';
import { documentDecider } from './document.decider';

const spec = deciderSpec(documentDecider);
const AGREEMENT_PROPOSED = [AGREEMENT, proposed(AGREEMENT)];
const CHARTER_PROPOSED = [CHARTER, proposed(CHARTER)];

describe('ApproveAmendment', () => {
  it('dates an approval by its decision document', () => {
    spec
      .given(AGREEMENT_PROPOSED)
      .when(approve(AGREEMENT, 'college:GM0938', { decision: DECISION_OF_MEERSSEN.documentId }, DECISION_OF_MEERSSEN))
      .then([{ ...approved(AGREEMENT, 'college:GM0938', '2026-03-10'), data: { ...approved(AGREEMENT, 'college:GM0938').data, decision: DECISION_OF_MEERSSEN.documentId } }]);
  });

  it('dates an approval without decision today, or on the approvedOn given', () => {
    spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'college:GM0935')).then([approved(AGREEMENT, 'college:GM0935', TODAY)]);
    spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'college:GM0935', { approvedOn: '2026-02-01' })).then([approved(AGREEMENT, 'college:GM0935', '2026-02-01')]);
  });

  describe('APPROVER_NOT_A_PARTY', () => {
    it('refuses a college that is not a party to the agreement (GR SZMH art. 8 lid 5), naming it', () => {
      const error = spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'college:GM0981')).thenRejects('APPROVER_NOT_A_PARTY');
      expect(error.detail).toContain('college van burgemeester en wethouders van Vaals');
    });

    it("accepts a council's consent to an amendment of the arrangement (art. 19 lid 2), and refuses a council for the charter or an agreement", () => {
      spec.given([ARRANGEMENT, proposed(ARRANGEMENT)]).when(approve(ARRANGEMENT, 'raad:GM0938', { approvedOn: '2026-03-01' })).thenAccepts({ type: 'AmendmentApproved', data: { organ: 'raad:GM0938', approvedOn: '2026-03-01' } });
      spec.given(CHARTER_PROPOSED).when(approve(CHARTER, 'raad:GM0938')).thenRejects('APPROVER_NOT_A_PARTY');
      spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'raad:GM0938')).thenRejects('APPROVER_NOT_A_PARTY');
    });

    it('refuses the council of Eijsden-Margraten, which left in 2021, as NOT_A_PARTICIPANT', () => {
      spec.given([ARRANGEMENT, proposed(ARRANGEMENT)]).when(approve(ARRANGEMENT, 'raad:GM1903', { approvedOn: '2026-03-01' })).thenRejects('NOT_A_PARTICIPANT');
    });

    it('refuses a burgemeester for the charter, which the colleges adopt (art. 13 lid 4)', () => {
      spec.given(CHARTER_PROPOSED).when(approve(CHARTER, 'burgemeester:GM0938')).thenRejects('APPROVER_NOT_A_PARTY');
      spec.given(CHARTER_PROPOSED).when(approve(CHARTER, 'college:GM0938')).thenAccepts({ type: 'AmendmentApproved', data: { organ: 'college:GM0938' } });
    });
  });

  describe('NOT_A_PARTICIPANT (judged on the approval date)', () => {
    it('refuses the college of Eijsden-Margraten, out since 2021-07-01', () => {
      const error = spec.given(CHARTER_PROPOSED).when(approve(CHARTER, 'college:GM1903', { approvedOn: '2026-03-01' })).thenRejects('NOT_A_PARTICIPANT');
      expect(error.detail).toContain('Eijsden-Margraten');
      expect(error.meta).toMatchObject({ municipality: 'GM1903', date: '2026-03-01' });
    });

    it('accepts its approval dated on its last day of participation', () => {
      spec.given(CHARTER_PROPOSED).when(approve(CHARTER, 'college:GM1903', { approvedOn: '2021-06-30' })).thenAccepts({ type: 'AmendmentApproved', data: { organ: 'college:GM1903', approvedOn: '2021-06-30' } });
    });
  });

  it('refuses a second approval by the same organ: ALREADY_EXISTS', () => {
    spec.given([...AGREEMENT_PROPOSED, approved(AGREEMENT, 'college:GM0938')]).when(approve(AGREEMENT, 'college:GM0938')).thenRejects('ALREADY_EXISTS');
  });

  it('refuses an approval of an adopted amendment: AMENDMENT_ALREADY_ADOPTED', () => {
    spec.given([...AGREEMENT_PROPOSED, adopted(AGREEMENT)]).when(approve(AGREEMENT, 'college:GM0938')).thenRejects('AMENDMENT_ALREADY_ADOPTED');
  });

  describe('UNKNOWN_REFERENCE', () => {
    it('refuses an amendment the document does not have', () => {
      spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'college:GM0938', { amendmentId: 'amendment-9' })).thenRejects('UNKNOWN_REFERENCE');
    });

    it('refuses a decision document the register does not hold', () => {
      spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'college:GM0938', { decision: 'doc-missing' })).thenRejects('UNKNOWN_REFERENCE');
    });
  });

  describe('CHRONOLOGY', () => {
    it('refuses an approval dated after today', () => {
      spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'college:GM0938', { approvedOn: '2099-01-01' })).thenRejects('CHRONOLOGY');
    });

    it('refuses an approval dated before its own decision', () => {
      spec
        .given(AGREEMENT_PROPOSED)
        .when(approve(AGREEMENT, 'college:GM0938', { decision: DECISION_OF_MEERSSEN.documentId, approvedOn: '2026-03-09' }, DECISION_OF_MEERSSEN))
        .thenRejects('CHRONOLOGY');
    });
  });

  it('refuses a function as approver with the field named', () => {
    const error = spec.given(AGREEMENT_PROPOSED).when(approve(AGREEMENT, 'GM0935.manager-sociale-zekerheid')).thenRejects('VALIDATION_FAILED');
    expect(error.meta).toEqual({ errors: [{ field: 'organ', message: expect.stringContaining('organ') }] });
  });
});
