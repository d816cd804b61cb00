import { deciderSpec } from '../testing/decider-spec';
import { MEERSSEN_DECISION, PARTICIPANTS, registeredEvent, TODAY } from '../testing/szmh-reference.fixture';
import type { CorrectPublication } from './document.commands';
import type { DecisionPublished, PublicationCorrected } from './document.events';
import type { PublicationRecord } from './document.state';
import { documentDecider, evolve } from './document.decider';

const spec = deciderSpec(documentDecider);

/** Meerssen's mandate decision of example 1, decided on 2026-01-27, not yet published. */
const REGISTERED = registeredEvent({ ...MEERSSEN_DECISION, publications: [] });

/** Example 1's publication, with the number mistyped: it appeared as gmb-2026-90002. */
const MISTYPED_RECORD: PublicationRecord = {
  amendmentId: null,
  medium: 'gemeenteblad',
  publicationId: 'gmb-2026-90020',
  publishedOn: '2026-01-29',
  inForceFrom: '2026-01-30',
  publisher: 'college:GM0938',
  requiredPublisher: 'college:GM0938',
};
const published = (record: PublicationRecord): DecisionPublished => ({
  type: 'DecisionPublished',
  data: { documentId: 'doc-mandate-gm0938-2026', ...record, decidedOn: '2026-01-27', concerns: ['GM0938'] },
});
const SECOND = published({ ...MISTYPED_RECORD, publicationId: 'gmb-2026-90031', publishedOn: '2026-02-05', inForceFrom: '2026-02-06' });
const GIVEN = [REGISTERED, published(MISTYPED_RECORD)];

function correct(field: string, value: unknown, publicationId = 'gmb-2026-90020'): CorrectPublication {
  return {
    type: 'CorrectPublication',
    data: { documentId: 'doc-mandate-gm0938-2026', publicationId, field, value, reason: 'nummer verkeerd overgenomen' },
    today: TODAY,
    context: { participants: PARTICIPANTS },
  };
}

const CORRECTED: PublicationCorrected = {
  type: 'PublicationCorrected',
  data: {
    documentId: 'doc-mandate-gm0938-2026',
    publicationId: 'gmb-2026-90020',
    field: 'publicationId',
    value: 'gmb-2026-90002',
    previousValue: 'gmb-2026-90020',
    reason: 'nummer verkeerd overgenomen',
    publication: { ...MISTYPED_RECORD, publicationId: 'gmb-2026-90002' },
    concerns: ['GM0938'],
  },
};

describe('CorrectPublication (a wrong record is corrected, not deleted)', () => {
  it('corrects a mistyped number, keeping the old one and the reason in the event', () => {
    spec.given(GIVEN).when(correct('publicationId', 'gmb-2026-90002')).then([CORRECTED]);
  });

  it('replaces the publication in the state, so the corrected number frees the old one within the document', () => {
    const state = [...GIVEN, CORRECTED].reduce(evolve, null);
    expect(state?.publications.map((p) => p.publicationId)).toEqual(['gmb-2026-90002']);
    spec.given([...GIVEN, CORRECTED]).when(correct('publicationId', 'gmb-2026-90020', 'gmb-2026-90002')).thenAccepts({ type: 'PublicationCorrected', data: { publicationId: 'gmb-2026-90002', field: 'publicationId', value: 'gmb-2026-90020' } });
  });

  it.each([
    ['publishedOn', '2026-01-28'],
    ['inForceFrom', '2026-02-01'],
    ['publisher', 'college:GM0935'],
  ])('corrects %s to %s', (field, value) => {
    const [event] = spec.given(GIVEN).when(correct(field, value)).thenAccepts({ type: 'PublicationCorrected', data: { field: field as 'publishedOn', value } });
    expect(event.data).toMatchObject({ field, value, publication: { [field]: value, publicationId: 'gmb-2026-90020' } });
  });

  describe('checked like a new publication', () => {
    it('refuses a publishedOn whose year differs from the number, and one before the decision', () => {
      spec.given(GIVEN).when(correct('publishedOn', '2025-12-30')).thenRejects('INVALID_PUBLICATION_ID');
      spec.given(GIVEN).when(correct('publishedOn', '2026-01-26')).thenRejects('CHRONOLOGY');
    });

    it('refuses an inForceFrom before publishedOn (Awb 3:40), and accepts it on the day of publication', () => {
      spec.given(GIVEN).when(correct('inForceFrom', '2026-01-28')).thenRejects('IN_FORCE_BEFORE_PUBLICATION');
      spec.given(GIVEN).when(correct('inForceFrom', '2026-01-29')).thenAccepts({ type: 'PublicationCorrected', data: { field: 'inForceFrom', value: '2026-01-29' } });
    });

    it('refuses the Staatscourant for a gemeenteblad number, and lets the medium become "other", which is free-form', () => {
      spec.given(GIVEN).when(correct('medium', 'staatscourant')).thenRejects('INVALID_PUBLICATION_ID');
      spec.given(GIVEN).when(correct('medium', 'other')).thenAccepts({ type: 'PublicationCorrected', data: { field: 'medium', value: 'other' } });
    });

    it("refuses the number of the document's other publication, and a publisher that is a function or unknown", () => {
      spec.given([...GIVEN, SECOND]).when(correct('publicationId', 'gmb-2026-90031')).thenRejects('DUPLICATE_PUBLICATION');
      spec.given(GIVEN).when(correct('publisher', 'GM0935.manager-sociale-zekerheid')).thenRejects('VALIDATION_FAILED');
      spec.given(GIVEN).when(correct('publisher', 'college:GM0363')).thenRejects('UNKNOWN_REFERENCE');
    });
  });

  describe('VALIDATION_FAILED and UNKNOWN_REFERENCE', () => {
    it('refuses a field that may not be corrected, naming the fields that may', () => {
      const error = spec.given(GIVEN).when(correct('amendmentId', 'x')).thenRejects('VALIDATION_FAILED');
      expect(error.meta).toEqual({ errors: [{ field: 'field', message: 'must be one of publicationId, publishedOn, inForceFrom, medium, publisher' }] });
    });

    it('refuses a correction that changes nothing, or gives no reason', () => {
      spec.given(GIVEN).when(correct('publishedOn', '2026-01-29')).thenRejects('VALIDATION_FAILED');
      spec.given(GIVEN).when({ ...correct('publishedOn', '2026-01-28'), data: { ...correct('publishedOn', '2026-01-28').data, reason: ' ' } }).thenRejects('VALIDATION_FAILED');
    });

    it('refuses a publication the document does not have, and a document the register does not know', () => {
      spec.given(GIVEN).when(correct('publishedOn', '2026-01-28', 'gmb-2026-1')).thenRejects('UNKNOWN_REFERENCE');
      spec.given([]).when(correct('publishedOn', '2026-01-28')).thenRejects('UNKNOWN_REFERENCE');
    });
  });
});
