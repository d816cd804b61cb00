import { deciderSpec } from '../testing/decider-spec';
import { TODAY } from '../testing/szmh-reference.fixture';
import type { PublishDecision } from './document.commands';
import type { DecisionPublished, DocumentRegistered } from './document.events';
import { documentDecider } from './document.decider';
import { duplicatePublication } from './publication-id';

const spec = deciderSpec(documentDecider);

const REGISTERED: DocumentRegistered = {
  type: 'DocumentRegistered',
  data: {
    documentId: 'doc-mandate-gm0938-2026',
    type: 'mandate-decision',
    title: 'Mandaatbesluit SZMH Meerssen 2026',
    decidedOn: '2026-01-27',
    decidedBy: ['college:GM0938'],
    concerns: ['GM0938'],
    content: null,
    contentSha256: null,
    parties: [],
    term: null,
  },
};

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
  };
}

const PUBLISHED: DecisionPublished = {
  type: 'DecisionPublished',
  data: {
    documentId: 'doc-mandate-gm0938-2026',
    medium: 'gemeenteblad',
    publicationId: 'gmb-2026-90002',
    decidedOn: '2026-01-27',
    publishedOn: '2026-01-29',
    inForceFrom: '2026-01-30',
    concerns: ['GM0938'],
  },
};

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

  describe('INVALID_PUBLICATION_ID', () => {
    it.each(['2026-90002', 'gmb-26-90002', 'gmb-2026-', 'gmb-2026-0', 'stcrt-2026-1'])('refuses %s as a gemeenteblad identifier', (publicationId) => {
      spec.given([REGISTERED]).when(publish({ publicationId })).thenRejects('INVALID_PUBLICATION_ID');
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
