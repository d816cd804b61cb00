import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { adopt, adopted, AGREEMENT, approved, ARRANGEMENT, CHARTER, PARTICIPATING_COLLEGES, proposed } from '../testing/szmh-agreements.fixture';
import { documentDecider } from './document.decider';

const spec = deciderSpec(documentDecider);
const BOTH_PARTIES_APPROVED = [AGREEMENT, proposed(AGREEMENT), approved(AGREEMENT, 'college:GM0935'), approved(AGREEMENT, 'college:GM0938')];
const charterApprovedBy = (colleges: readonly string[]) => [CHARTER, proposed(CHARTER), ...colleges.map((college) => approved(CHARTER, college))];

describe('AdoptAmendment', () => {
  describe('an agreement (GR SZMH art. 8 lid 5)', () => {
    it('adopts, once both colleges approved, version 2 valid from its validFrom to the end of the term', () => {
      spec.given(BOTH_PARTIES_APPROVED).when(adopt(AGREEMENT)).then([adopted(AGREEMENT)]);
    });

    it('refuses while Meerssen has not approved: AMENDMENT_REQUIRES_ALL_PARTIES naming the missing party', () => {
      const error = spec
        .given([AGREEMENT, proposed(AGREEMENT), approved(AGREEMENT, 'college:GM0935')])
        .when(adopt(AGREEMENT))
        .thenRejects('AMENDMENT_REQUIRES_ALL_PARTIES');
      expect(error.detail).toContain('art. 8 lid 5');
      expect(error.detail).toContain('college van burgemeester en wethouders van Meerssen (college:GM0938)');
      expect(error.meta).toMatchObject({ missing: ['college:GM0938'] });
    });

    it('does not count an approval given after the adoption date', () => {
      const lateApproval = [AGREEMENT, proposed(AGREEMENT), approved(AGREEMENT, 'college:GM0935'), approved(AGREEMENT, 'college:GM0938', '2026-03-16')];
      spec.given(lateApproval).when(adopt(AGREEMENT)).thenRejects('AMENDMENT_REQUIRES_ALL_PARTIES');
      spec.given(lateApproval).when(adopt(AGREEMENT, { adoptedOn: '2026-03-16' })).thenAccepts({ type: 'AmendmentAdopted', data: { adoptedOn: '2026-03-16' } });
    });

    it('refuses an adoption once the term has ended, even for an amendment valid inside it, and accepts it on the last day', () => {
      const lateInTerm = [AGREEMENT, proposed(AGREEMENT, { validFrom: '2027-06-01' }), ...BOTH_PARTIES_APPROVED.slice(2)];
      const afterTerm = { ...adopt(AGREEMENT, { adoptedOn: '2028-01-01' }), today: '2028-02-01' };
      const error = spec.given(lateInTerm).when(afterTerm).thenRejects('AGREEMENT_TERM_ENDED');
      expect(error.detail).toBe(
        'GR SZMH art. 8 lid 5: an agreement is changed during its term only; the term of dvo-gm0938-2026 ended on 2028-01-01, ' +
          'so an amendment adopted on 2028-01-01 no longer changes it.',
      );
      spec.given(lateInTerm).when({ ...afterTerm, data: { ...afterTerm.data, adoptedOn: '2027-12-31' } }).thenAccepts({ type: 'AmendmentAdopted', data: { adoptedOn: '2027-12-31' } });
    });

    it('is in force from the adoption when it applies retroactively, and from validFrom when that is later', () => {
      const retroactive = [AGREEMENT, proposed(AGREEMENT, { validFrom: '2026-02-01' }), ...BOTH_PARTIES_APPROVED.slice(2)];
      spec.given(retroactive).when(adopt(AGREEMENT)).then([adopted(AGREEMENT, { validFrom: '2026-02-01', inForceFrom: '2026-03-15' })]);
    });
  });

  describe('the charter (GR SZMH art. 13 lid 4)', () => {
    it('refuses while one participating college has not approved: CHARTER_REQUIRES_UNANIMITY naming it', () => {
      const withoutVaals = PARTICIPATING_COLLEGES.filter((college) => college !== 'college:GM0981');
      const error = spec.given(charterApprovedBy(withoutVaals)).when(adopt(CHARTER)).thenRejects('CHARTER_REQUIRES_UNANIMITY');
      expect(error.detail).toContain('art. 13 lid 4');
      expect(error.detail).toContain('Vaals');
      expect(error.meta).toMatchObject({ missing: ['college:GM0981'] });
    });

    it('adopts with the five participating colleges; Eijsden-Margraten, out since 2021, is not needed', () => {
      const [event] = spec.given(charterApprovedBy(PARTICIPATING_COLLEGES)).when(adopt(CHARTER)).thenAccepts({ type: 'AmendmentAdopted' });
      expect(event).toMatchObject({ type: 'AmendmentAdopted', data: { version: 2, validUntil: '2031-01-01' } });
    });
  });

  describe('the arrangement: every participating college, and every participating council (GR SZMH art. 19 lid 2, Wgr art. 1 lid 2)', () => {
    const COUNCILS = PARTICIPATING_COLLEGES.map((college) => college.replace('college:', 'raad:'));
    const amendment = [ARRANGEMENT, proposed(ARRANGEMENT, { validFrom: '2025-04-10' })];
    const approvedBy = (organs: readonly string[], on = '2025-01-10') => [...amendment, ...organs.map((organ) => approved(ARRANGEMENT, organ, on))];
    const adoption = adopt(ARRANGEMENT, { adoptedOn: '2025-01-14' });

    it('refuses an amendment adopted by the colleges alone, naming every council whose consent is missing', () => {
      const error = spec.given(approvedBy(PARTICIPATING_COLLEGES)).when(adoption).thenRejects('ARRANGEMENT_REQUIRES_COUNCIL_CONSENT');
      expect(error.detail).toContain('GR SZMH art. 19 lid 2 and Wgr art. 1 lid 2');
      expect(error.meta).toMatchObject({ missing: [...COUNCILS].sort() });
    });

    it('names the one council that did not consent, and does not count a consent given after the adoption', () => {
      const withoutVaals = COUNCILS.filter((council) => council !== 'raad:GM0981');
      const error = spec.given(approvedBy([...PARTICIPATING_COLLEGES, ...withoutVaals])).when(adoption).thenRejects('ARRANGEMENT_REQUIRES_COUNCIL_CONSENT');
      expect(error.detail).toContain('the gemeenteraad van Vaals (raad:GM0981)');
      const lateVaals = [...approvedBy([...PARTICIPATING_COLLEGES, ...withoutVaals]), approved(ARRANGEMENT, 'raad:GM0981', '2025-01-15')];
      spec.given(lateVaals).when(adoption).thenRejects('ARRANGEMENT_REQUIRES_COUNCIL_CONSENT');
    });

    it('adopts with five colleges and five councils, to enter into force by its publication; Eijsden-Margraten is not needed', () => {
      const [event] = spec.given(approvedBy([...PARTICIPATING_COLLEGES, ...COUNCILS])).when(adoption).thenAccepts({ type: 'AmendmentAdopted', data: { entryIntoForce: 'publication' } });
      expect(event).toMatchObject({ type: 'AmendmentAdopted', data: { version: 2, validFrom: '2025-04-10', entryIntoForce: 'publication' } });
    });

    it('asks the colleges first: without them it names the colleges', () => {
      spec.given(approvedBy(COUNCILS)).when(adoption).thenRejects('AMENDMENT_REQUIRES_ALL_PARTIES');
    });
  });

  it('needs every participating college for the arrangement (GR SZMH art. 19 lid 2)', () => {
    const given = [ARRANGEMENT, proposed(ARRANGEMENT, { validFrom: '2025-04-10' }), approved(ARRANGEMENT, 'college:GM0935', '2025-03-01')];
    const error = spec.given(given).when(adopt(ARRANGEMENT, { adoptedOn: '2025-04-01' })).thenRejects('AMENDMENT_REQUIRES_ALL_PARTIES');
    expect(error.detail).toContain('art. 19 lid 2');
    expect(error.meta).toMatchObject({ missing: PARTICIPATING_COLLEGES.filter((college) => college !== 'college:GM0935') });
  });

  it('refuses adopting twice: AMENDMENT_ALREADY_ADOPTED', () => {
    spec.given([...BOTH_PARTIES_APPROVED, adopted(AGREEMENT)]).when(adopt(AGREEMENT)).thenRejects('AMENDMENT_ALREADY_ADOPTED');
  });

  it('refuses an adoption dated after today or before the document was decided: CHRONOLOGY', () => {
    spec.given(BOTH_PARTIES_APPROVED).when(adopt(AGREEMENT, { adoptedOn: '2099-01-01' })).thenRejects('CHRONOLOGY');
    spec.given(BOTH_PARTIES_APPROVED).when(adopt(AGREEMENT, { adoptedOn: '2026-01-26' })).thenRejects('CHRONOLOGY');
  });

  it('refuses an amendment overtaken by a later-starting one adopted since it was proposed: CHRONOLOGY', () => {
    const second = proposed(AGREEMENT, { amendmentId: 'amendment-2', validFrom: '2026-04-01' });
    const approvals = ['college:GM0935', 'college:GM0938'].map((college) => approved(AGREEMENT, college, '2026-03-10', 'amendment-2'));
    spec.given([...BOTH_PARTIES_APPROVED, second, ...approvals, adopted(AGREEMENT)]).when(adopt(AGREEMENT, { amendmentId: 'amendment-2' })).thenRejects('CHRONOLOGY');
  });

  it('ends the amended version where the new one begins', () => {
    const state = foldEvents(documentDecider, [...BOTH_PARTIES_APPROVED, adopted(AGREEMENT)]);
    expect(state?.versions).toEqual([
      { version: 1, amendmentId: null, validFrom: '2026-01-01', validUntil: '2026-07-01', inForceFrom: null, contentSha256: null },
      { version: 2, amendmentId: 'amendment-1', validFrom: '2026-07-01', validUntil: '2028-01-01', inForceFrom: '2026-07-01', contentSha256: null },
    ]);
    expect(state?.amendments[0]).toMatchObject({ amendmentId: 'amendment-1', adoptedOn: '2026-03-15' });
  });
});
