import { deciderSpec } from '../testing/decider-spec';
import { MEERSSEN_DECISION, PARTICIPANTS, registeredEvent, TODAY } from '../testing/szmh-reference.fixture';
import type { PublishDecision } from './document.commands';
import type { DecisionPublished, DocumentEvent, DocumentRegistered } from './document.events';
import { documentDecider } from './document.decider';
import { duplicatePublication } from './publication-id';

const spec = deciderSpec(documentDecider);

/** Meerssen's mandate decision of example 1, decided on 2026-01-27, not yet published. */
const REGISTERED = registeredEvent({ ...MEERSSEN_DECISION, publications: [] });

function publish(overrides: Partial<PublishDecision['data']> = {}): PublishDecision {
  return {
    type: 'PublishDecision',
    data: {
      documentId: 'doc-mandate-gm0938-2026',
      medium: 'gemeenteblad',
      publicationId: 'gmb-2026-90002',
      publishedOn: '2026-01-29',
      inForceFrom: '2026-01-30',
      ...overrides,
    },
    today: TODAY,
    context: { participants: PARTICIPANTS },
  };
}

const PUBLISHED: DecisionPublished = {
  type: 'DecisionPublished',
  data: {
    documentId: 'doc-mandate-gm0938-2026',
    amendmentId: null,
    medium: 'gemeenteblad',
    publicationId: 'gmb-2026-90002',
    decidedOn: '2026-01-27',
    publishedOn: '2026-01-29',
    inForceFrom: '2026-01-30',
    publisher: 'college:GM0938',
    requiredPublisher: 'college:GM0938',
    concerns: ['GM0938'],
  },
};

const registered = (changes: Partial<DocumentRegistered['data']>): DocumentRegistered => ({ ...REGISTERED, data: { ...REGISTERED.data, ...changes } });
const publisherOf = (events: DocumentEvent[]) => events.map((e) => (e.type === 'DecisionPublished' ? [e.data.publisher, e.data.requiredPublisher] : null));

describe('PublishDecision (Awb division 3.6)', () => {
  it('records example 1: published in the gemeenteblad on 2026-01-29, in force from 2026-01-30', () => {
    spec.given([REGISTERED]).when(publish()).then([PUBLISHED]);
  });

  describe('IN_FORCE_BEFORE_PUBLICATION (Awb 3:40)', () => {
    it('refuses an inForceFrom before publishedOn', () => {
      const error = spec.given([REGISTERED]).when(publish({ inForceFrom: '2026-01-28' })).thenRejects('IN_FORCE_BEFORE_PUBLICATION');
      expect(error.detail).toContain('Awb 3:40');
    });

    it('accepts entry into force on the day of publication', () => {
      spec.given([REGISTERED]).when(publish({ inForceFrom: '2026-01-29' })).thenAccepts({ type: 'DecisionPublished', data: { inForceFrom: '2026-01-29' } });
    });
  });

  describe('CHRONOLOGY', () => {
    it('refuses a publication before the decision was taken', () => {
      spec.given([REGISTERED]).when(publish({ publishedOn: '2026-01-26', inForceFrom: '2026-01-26' })).thenRejects('CHRONOLOGY');
    });

    it('refuses a publication dated after today', () => {
      spec.given([REGISTERED]).when(publish({ publishedOn: '2026-11-24', inForceFrom: '2026-11-24' })).thenRejects('CHRONOLOGY');
    });

    it('accepts publication on the day of the decision, and on today, in force later', () => {
      spec.given([REGISTERED]).when(publish({ publishedOn: '2026-01-27' })).thenAccepts({ type: 'DecisionPublished', data: { publishedOn: '2026-01-27' } });
      spec.given([REGISTERED]).when(publish({ publishedOn: TODAY, inForceFrom: '2027-01-01' })).thenAccepts({ type: 'DecisionPublished', data: { publishedOn: TODAY, inForceFrom: '2027-01-01' } });
    });
  });

  describe('publisher: the organ in whose sheet it appeared, by default the organ that must publish (Awb 3:42 lid 1)', () => {
    it("defaults a mandate decision's publisher to its grantor, Meerssen's college (GR SZMH art. 5 lid 3)", () => {
      expect(publisherOf(spec.given([REGISTERED]).when(publish()).thenAccepts({ type: 'DecisionPublished' }))).toEqual([['college:GM0938', 'college:GM0938']]);
    });

    it('defaults a sub-mandate decision, an exit decision and the arrangement to the central college (art. 5 lid 6, art. 27 lid 1)', () => {
      for (const changes of [
        { type: 'sub-mandate-decision', decidedBy: ['GM0935.manager-sociale-zekerheid'] },
        { type: 'exit-decision', decidedBy: ['college:GM0938'] },
        { type: 'arrangement', decidedBy: ['college:GM0938', 'college:GM0935'] },
      ] as const) {
        expect(publisherOf(spec.given([registered(changes)]).when(publish()).thenAccepts({ type: 'DecisionPublished' }))).toEqual([['college:GM0935', 'college:GM0935']]);
      }
    });

    it("records a Meerssen mandate decision published in Maastricht's gemeenteblad as such, next to the organ that had to publish it", () => {
      const [event] = spec.given([REGISTERED]).when(publish({ publisher: 'college:GM0935' })).thenAccepts({ type: 'DecisionPublished', data: { publisher: 'college:GM0935' } });
      expect(event).toEqual({ ...PUBLISHED, data: { ...PUBLISHED.data, publisher: 'college:GM0935' } });
    });

    it('refuses a function as publisher, naming the field, and an organ of a municipality the register does not know', () => {
      const error = spec.given([REGISTERED]).when(publish({ publisher: 'GM0935.manager-sociale-zekerheid' })).thenRejects('VALIDATION_FAILED');
      expect(error.meta).toEqual({ errors: [{ field: 'publisher', message: expect.stringContaining('must be an organ') }] });
      spec.given([REGISTERED]).when(publish({ publisher: 'college:GM0363' })).thenRejects('UNKNOWN_REFERENCE');
    });
  });

  describe('INVALID_PUBLICATION_ID', () => {
    it.each(['2026-90002', 'gmb-26-90002', 'gmb-2026-', 'gmb-2026-0', 'stcrt-2026-1'])('refuses %s as a gemeenteblad identifier', (publicationId) => {
      spec.given([REGISTERED]).when(publish({ publicationId })).thenRejects('INVALID_PUBLICATION_ID');
    });

    it("refuses a gemeenteblad number of another year than publishedOn's: gmb-2025-90002 published on 2026-01-29", () => {
      const error = spec.given([REGISTERED]).when(publish({ publicationId: 'gmb-2025-90002' })).thenRejects('INVALID_PUBLICATION_ID');
      expect(error.detail).toBe(
        'Awb 3:42: the gemeenteblad numbers its publications per year, so "gmb-2025-90002" names a publication of 2025, not one published on 2026-01-29.',
      );
      spec.given([REGISTERED]).when(publish({ publicationId: 'gmb-2027-90002' })).thenRejects('INVALID_PUBLICATION_ID');
    });

    it('accepts a number of the year of publication, on its first and last day', () => {
      spec.given([REGISTERED]).when(publish({ publicationId: 'gmb-2026-1', publishedOn: '2026-01-27', inForceFrom: '2026-01-28' })).thenAccepts({ type: 'DecisionPublished', data: { publicationId: 'gmb-2026-1', publishedOn: '2026-01-27' } });
      const december = registered({ decidedOn: '2025-12-20' });
      spec.given([december]).when(publish({ publicationId: 'gmb-2025-7', publishedOn: '2025-12-31', inForceFrom: '2026-01-01' })).thenAccepts({ type: 'DecisionPublished', data: { publicationId: 'gmb-2025-7', publishedOn: '2025-12-31' } });
    });

    it('checks the Staatscourant year alike', () => {
      spec.given([REGISTERED]).when(publish({ medium: 'staatscourant', publicationId: 'stcrt-2025-12345' })).thenRejects('INVALID_PUBLICATION_ID');
    });

    it('checks the Staatscourant form and leaves other media free', () => {
      spec.given([REGISTERED]).when(publish({ medium: 'staatscourant', publicationId: 'gmb-2026-1' })).thenRejects('INVALID_PUBLICATION_ID');
      spec.given([REGISTERED]).when(publish({ medium: 'staatscourant', publicationId: 'stcrt-2026-12345' })).thenAccepts({ type: 'DecisionPublished', data: { medium: 'staatscourant', publicationId: 'stcrt-2026-12345' } });
      spec.given([REGISTERED]).when(publish({ medium: 'other', publicationId: 'Heuvelland Nieuws 2026/5' })).thenAccepts({ type: 'DecisionPublished', data: { medium: 'other', publicationId: 'Heuvelland Nieuws 2026/5' } });
    });
  });

  describe('DUPLICATE_PUBLICATION', () => {
    it('refuses an identifier this document already published under', () => {
      spec.given([REGISTERED, PUBLISHED]).when(publish({ publishedOn: '2026-02-01', inForceFrom: '2026-02-02' })).thenRejects('DUPLICATE_PUBLICATION');
    });

    it('accepts a second publication of the document under another identifier', () => {
      spec.given([REGISTERED, PUBLISHED]).when(publish({ publicationId: 'gmb-2026-90003' })).thenAccepts({ type: 'DecisionPublished', data: { publicationId: 'gmb-2026-90003' } });
    });

    it('offers the handler an error for an identifier reserved by another document', () => {
      const error = duplicatePublication('gmb-2026-90002');
      expect({ code: error.code, detail: error.detail }).toEqual({
        code: 'DUPLICATE_PUBLICATION',
        detail: 'Awb 3:42: the identifier gmb-2026-90002 already names another publication in the register; an identifier names one publication.',
      });
    });
  });

  it('refuses publishing a document the register does not know with UNKNOWN_REFERENCE', () => {
    spec.given([]).when(publish()).thenRejects('UNKNOWN_REFERENCE');
  });
});
