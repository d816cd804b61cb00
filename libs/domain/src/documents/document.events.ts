import type { AmendmentEvent } from './amendment.events';
import type { CalendarDate } from '../shared/calendar-date';
import type { MunicipalityCode } from '../shared/party-id';
import type { DocumentTerm, DocumentType, PublicationMedium } from './document.state';

export interface DocumentRegistered {
  readonly type: 'DocumentRegistered';
  readonly data: {
    readonly documentId: string;
    readonly type: DocumentType;
    readonly title: string;
    readonly decidedOn: CalendarDate;
    readonly decidedBy: readonly string[];
    /** The municipalities the document concerns: who may inspect it (GR SZMH arts. 11, 12). */
    readonly concerns: readonly MunicipalityCode[];
    readonly content: string | null;
    readonly contentSha256: string | null;
    readonly parties: readonly string[];
    readonly term: DocumentTerm | null;
  };
}

export interface DecisionPublished {
  readonly type: 'DecisionPublished';
  readonly data: {
    readonly documentId: string;
    readonly medium: PublicationMedium;
    readonly publicationId: string;
    readonly decidedOn: CalendarDate;
    readonly publishedOn: CalendarDate;
    /** Never before publishedOn (Awb 3:40); may be later. */
    readonly inForceFrom: CalendarDate;
    /** Copied from the document so the event alone tells whom it concerns. */
    readonly concerns: readonly MunicipalityCode[];
  };
}

/** Everything recorded in a document's stream; amendments live there so their approvals and adoption serialise on it. */
export type DocumentEvent = DocumentRegistered | DecisionPublished | AmendmentEvent;
