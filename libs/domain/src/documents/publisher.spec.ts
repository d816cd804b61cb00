import { ownSheet } from '../testing/szmh-reference.fixture';
import type { DecisionPublished } from './document.events';
import type { DocumentRecord, PublicationRecord } from './document.state';
import { bringsIntoForce, CENTRAL_COLLEGE, publicationRecordOf, requiredPublisherOf } from './publisher';

const decision = (type: DocumentRecord['type'], decidedBy: string[]) => ({ type, decidedBy });

describe('who must publish (GR SZMH art. 5 lid 3 and 6, art. 27 lid 1)', () => {
  it("has a partner's mandate or revocation decision published by its grantor, the organ that took it", () => {
    expect(requiredPublisherOf(decision('mandate-decision', ['college:GM0938']), null)).toBe('college:GM0938');
    expect(requiredPublisherOf(decision('revocation-decision', ['burgemeester:GM0981']), null)).toBe('burgemeester:GM0981');
  });

  it('has sub-mandate decisions, the arrangement, its amendments and exit decisions published by the central college', () => {
    expect(requiredPublisherOf(decision('sub-mandate-decision', ['GM0935.manager-sociale-zekerheid']), null)).toBe(CENTRAL_COLLEGE);
    expect(requiredPublisherOf(decision('exit-decision', ['college:GM1903']), null)).toBe(CENTRAL_COLLEGE);
    expect(requiredPublisherOf(decision('arrangement', ['college:GM0938']), null)).toBe(CENTRAL_COLLEGE);
    expect(requiredPublisherOf(decision('arrangement', ['college:GM0938']), 'gr-szmh-2025')).toBe(CENTRAL_COLLEGE);
  });

  it("has a revocation decided by the manager alone, of a sub-mandate, published by the central college", () => {
    expect(requiredPublisherOf(decision('revocation-decision', ['GM0935.manager-sociale-zekerheid']), null)).toBe(CENTRAL_COLLEGE);
  });
});

describe('bringsIntoForce (Awb 3:40, 3:42 lid 1)', () => {
  const meerssens = ownSheet('gmb-2026-90002', '2026-01-29', '2026-01-30', 'college:GM0938');
  const as = (changes: Partial<PublicationRecord>) => bringsIntoForce({ ...meerssens, ...changes });

  it("counts a publication in the gemeenteblad of the municipality whose organ must publish, whichever of its organs placed it", () => {
    expect([as({}), as({ publisher: 'burgemeester:GM0938' })]).toEqual([true, true]);
  });

  it("does not count the Staatscourant, another medium, or Maastricht's gemeenteblad for a Meerssen decision", () => {
    expect([as({ medium: 'staatscourant' }), as({ medium: 'other' }), as({ publisher: 'college:GM0935' })]).toEqual([false, false, false]);
  });
});

describe('publicationRecordOf, for events recorded before publishers were', () => {
  it('reads an old DecisionPublished as a publication of the document itself by the organ that must publish it', () => {
    const old = { documentId: 'd', medium: 'gemeenteblad', publicationId: 'gmb-2026-1', decidedOn: '2026-01-27', publishedOn: '2026-01-29', inForceFrom: '2026-01-30', concerns: [] } as const;
    expect(publicationRecordOf(old, decision('mandate-decision', ['college:GM0981']))).toEqual(ownSheet('gmb-2026-1', '2026-01-29', '2026-01-30', 'college:GM0981'));
  });

  it('keeps what a new event says', () => {
    const data: DecisionPublished['data'] = { documentId: 'd', decidedOn: '2026-01-27', concerns: [], ...ownSheet('gmb-2026-1', '2026-01-29', '2026-01-30', 'college:GM0938'), publisher: 'college:GM0935' };
    expect(publicationRecordOf(data, decision('mandate-decision', ['college:GM0938']))).toMatchObject({ publisher: 'college:GM0935', requiredPublisher: 'college:GM0938' });
  });
});
