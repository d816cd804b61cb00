import { deciderSpec } from '../testing/decider-spec';
import { adopted, AGREEMENT, ARRANGEMENT, proposed } from '../testing/szmh-agreements.fixture';
import { PARTICIPANTS, TODAY } from '../testing/szmh-reference.fixture';
import type { PublishDecision } from './document.commands';
import { documentDecider } from './document.decider';

const spec = deciderSpec(documentDecider);

/** The 2025 text of the arrangement, adopted on 2025-01-14 as of 2025-04-10 (the demo's dates). */
const ADOPTED_2025 = [
  ARRANGEMENT,
  proposed(ARRANGEMENT, { validFrom: '2025-04-10' }),
  adopted(ARRANGEMENT, { adoptedOn: '2025-01-14', validFrom: '2025-04-10', inForceFrom: '2025-04-10' }),
];

function publishAmendment(document = ARRANGEMENT, overrides: Partial<PublishDecision['data']> = {}): PublishDecision {
  return {
    type: 'PublishDecision',
    data: {
      documentId: document.data.documentId,
      amendmentId: 'amendment-1',
      medium: 'gemeenteblad',
      publicationId: 'gmb-2025-4711',
      publishedOn: '2025-04-09',
      inForceFrom: '2025-04-10',
      ...overrides,
    },
    today: TODAY,
    context: { participants: PARTICIPANTS },
  };
}

describe('PublishDecision of an amendment of the arrangement (GR SZMH art. 27 lid 1-2, Wgr art. 26)', () => {
  it('records the publication by the central college, dated by the adoption, for the read side to bring the amendment into force', () => {
    spec
      .given(ADOPTED_2025)
      .when(publishAmendment())
      .then([
        {
          type: 'DecisionPublished',
          data: {
            documentId: 'gr-szmh',
            amendmentId: 'amendment-1',
            medium: 'gemeenteblad',
            publicationId: 'gmb-2025-4711',
            decidedOn: '2025-01-14',
            publishedOn: '2025-04-09',
            inForceFrom: '2025-04-10',
            publisher: 'college:GM0935',
            requiredPublisher: 'college:GM0935',
            concerns: ARRANGEMENT.data.concerns,
          },
        },
      ]);
  });

  it('marks the adoption as one that enters into force by publication, unlike an agreement amendment', () => {
    expect(ADOPTED_2025[2]).toMatchObject({ data: { entryIntoForce: 'publication' } });
    expect(adopted(AGREEMENT).data.entryIntoForce).toBe('adoption');
  });

  it('records a publication by another organ, which the read side will not count as the central college\'s', () => {
    const [event] = spec.given(ADOPTED_2025).when(publishAmendment(ARRANGEMENT, { publisher: 'college:GM0938' })).thenAccepts({ type: 'DecisionPublished', data: { publisher: 'college:GM0938' } });
    expect(event.data).toMatchObject({ publisher: 'college:GM0938', requiredPublisher: 'college:GM0935' });
  });

  describe('CHRONOLOGY', () => {
    it('refuses publishing an amendment that is proposed but not adopted', () => {
      const error = spec.given(ADOPTED_2025.slice(0, 2)).when(publishAmendment()).thenRejects('CHRONOLOGY');
      expect(error.detail).toContain('the amendment amendment-1 of gr-szmh is not adopted yet');
    });

    it('refuses a publication before the adoption, and accepts one on the day of the adoption', () => {
      spec.given(ADOPTED_2025).when(publishAmendment(ARRANGEMENT, { publishedOn: '2025-01-13', inForceFrom: '2025-01-14' })).thenRejects('CHRONOLOGY');
      spec.given(ADOPTED_2025).when(publishAmendment(ARRANGEMENT, { publishedOn: '2025-01-14', inForceFrom: '2025-01-15' })).thenAccepts({ type: 'DecisionPublished', data: { publishedOn: '2025-01-14', inForceFrom: '2025-01-15' } });
    });
  });

  it('refuses an amendment the arrangement does not have: UNKNOWN_REFERENCE', () => {
    spec.given(ADOPTED_2025).when(publishAmendment(ARRANGEMENT, { amendmentId: 'amendment-9' })).thenRejects('UNKNOWN_REFERENCE');
  });

  it("refuses publishing an agreement's amendment as such: DOCUMENT_TYPE_MISMATCH, it is in force from its adoption", () => {
    const agreementAdopted = [AGREEMENT, proposed(AGREEMENT), adopted(AGREEMENT)];
    const error = spec
      .given(agreementAdopted)
      .when(publishAmendment(AGREEMENT, { publicationId: 'gmb-2026-4711', publishedOn: '2026-03-16', inForceFrom: '2026-03-17' }))
      .thenRejects('DOCUMENT_TYPE_MISMATCH');
    expect(error.detail).toContain('GR SZMH art. 27 lid 1');
  });

  it('refuses the number of a publication the arrangement already has, for the original text or an amendment', () => {
    const published = spec.given(ADOPTED_2025).when(publishAmendment()).thenAccepts({ type: 'DecisionPublished' });
    spec.given([...ADOPTED_2025, ...published]).when(publishAmendment(ARRANGEMENT, { amendmentId: null })).thenRejects('DUPLICATE_PUBLICATION');
  });
});
