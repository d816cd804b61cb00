import { deciderSpec } from '../testing/decider-spec';
import { adopted, AGREEMENT, ARRANGEMENT, CHARTER, propose, proposed } from '../testing/szmh-agreements.fixture';
import type { DocumentRegistered } from './document.events';
import { documentDecider } from './document.decider';

const spec = deciderSpec(documentDecider);

const MANDATE_DECISION: DocumentRegistered = { type: 'DocumentRegistered', data: { ...AGREEMENT.data, documentId: 'doc-mandate-gm0938-2026', type: 'mandate-decision', parties: [], term: null } };

describe('ProposeAmendment', () => {
  it('records a proposal to change the agreement during its term, concerning the same municipalities', () => {
    spec.given([AGREEMENT]).when(propose(AGREEMENT)).then([proposed(AGREEMENT)]);
  });

  it('keeps the text of the proposal with the SHA-256 the handler computed', () => {
    const sha = 'a'.repeat(64);
    spec
      .given([CHARTER])
      .when({ ...propose(CHARTER, { content: 'Artikel 3 luidt voortaan ...' }), contentSha256: sha })
      .then([proposed(CHARTER, { content: 'Artikel 3 luidt voortaan ...', contentSha256: sha })]);
  });

  it('accepts the arrangement, which has no term', () => {
    spec.given([ARRANGEMENT]).when(propose(ARRANGEMENT, { validFrom: '2025-04-10' })).thenAccepts({ type: 'AmendmentProposed', data: { validFrom: '2025-04-10' } });
  });

  describe('AGREEMENT_TERM_ENDED (GR SZMH art. 8 lid 5)', () => {
    it('refuses an amendment valid from the first day after the term, naming the term', () => {
      const error = spec.given([AGREEMENT]).when(propose(AGREEMENT, { validFrom: '2028-01-01' })).thenRejects('AGREEMENT_TERM_ENDED');
      expect(error.detail).toContain('art. 8 lid 5');
      expect(error.detail).toContain('from 2026-01-01 until 2028-01-01');
    });

    it('refuses an amendment valid before the term begins', () => {
      spec.given([AGREEMENT]).when(propose(AGREEMENT, { validFrom: '2025-12-31' })).thenRejects('AGREEMENT_TERM_ENDED');
    });

    it('accepts the last day of the term and the first', () => {
      spec.given([AGREEMENT]).when(propose(AGREEMENT, { validFrom: '2027-12-31' })).thenAccepts({ type: 'AmendmentProposed', data: { validFrom: '2027-12-31' } });
      spec.given([AGREEMENT]).when(propose(AGREEMENT, { validFrom: '2026-01-01' })).thenAccepts({ type: 'AmendmentProposed', data: { validFrom: '2026-01-01' } });
    });

    it('binds the charter to its term too', () => {
      spec.given([CHARTER]).when(propose(CHARTER, { validFrom: '2031-01-01' })).thenRejects('AGREEMENT_TERM_ENDED');
    });
  });

  it('refuses to amend a decision, which is changed by a new decision: DOCUMENT_NOT_AMENDABLE', () => {
    const error = spec.given([MANDATE_DECISION]).when(propose(MANDATE_DECISION)).thenRejects('DOCUMENT_NOT_AMENDABLE');
    expect(error.detail).toContain('mandate-decision');
  });

  it('refuses an unknown document: UNKNOWN_REFERENCE', () => {
    spec.given([]).when(propose(AGREEMENT)).thenRejects('UNKNOWN_REFERENCE');
  });

  it('refuses a second proposal under the same id: ALREADY_EXISTS', () => {
    spec.given([AGREEMENT, proposed(AGREEMENT)]).when(propose(AGREEMENT, { validFrom: '2026-09-01' })).thenRejects('ALREADY_EXISTS');
  });

  it('refuses a validFrom before the version in force since the last adoption: CHRONOLOGY', () => {
    const given = [AGREEMENT, proposed(AGREEMENT), adopted(AGREEMENT)];
    spec.given(given).when(propose(AGREEMENT, { amendmentId: 'amendment-2', validFrom: '2026-06-30' })).thenRejects('CHRONOLOGY');
    spec.given(given).when(propose(AGREEMENT, { amendmentId: 'amendment-2', validFrom: '2026-07-01' })).thenAccepts({ type: 'AmendmentProposed', data: { amendmentId: 'amendment-2', validFrom: '2026-07-01' } });
  });

  it('refuses an empty summary with the field named', () => {
    const error = spec.given([AGREEMENT]).when(propose(AGREEMENT, { summary: ' ' })).thenRejects('VALIDATION_FAILED');
    expect(error.meta).toEqual({ errors: [{ field: 'summary', message: expect.any(String) }] });
  });
});
