import type { AmendmentEvent } from './amendment.events';
import type { CalendarDate } from '../shared/calendar-date';
import type { MunicipalityCode } from '../shared/party-id';
import type { DocumentTerm, DocumentType, PublicationMedium, PublicationRecord } from './document.state';

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

/**
 * A publication of a decision (POST /documents/{id}/publications) or of an
 * adopted amendment of the arrangement (POST .../amendments/{amendmentId}/publications,
 * then `amendmentId` is set). Whether it brings the decision into force is
 * `bringsIntoForce` of its medium, publisher and requiredPublisher.
 *
 * Events recorded before publishers were recorded lack `amendmentId`,
 * `publisher` and `requiredPublisher`; `publicationRecordOf` reads them as a
 * publication of the document itself by the organ that must publish it.
 */
export interface DecisionPublished {
  readonly type: 'DecisionPublished';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId?: string | null;
    readonly medium: PublicationMedium;
    readonly publicationId: string;
    /** The document's decidedOn, or for an amendment its adoptedOn. */
    readonly decidedOn: CalendarDate;
    readonly publishedOn: CalendarDate;
    /** Never before publishedOn (Awb 3:40); may be later. */
    readonly inForceFrom: CalendarDate;
    /** The organ in whose sheet it appeared. */
    readonly publisher?: string;
    /** The organ that must publish the decision (publisher.ts). */
    readonly requiredPublisher?: string;
    /** Copied from the document so the event alone tells whom it concerns. */
    readonly concerns: readonly MunicipalityCode[];
  };
}

/** The fields of a publication a correction may change (api.md). */
type CorrectablePublicationValues = Pick<PublicationRecord, 'publicationId' | 'publishedOn' | 'inForceFrom' | 'medium' | 'publisher'>;

export type PublicationCorrection = {
  [F in keyof CorrectablePublicationValues]: {
    readonly field: F;
    readonly value: CorrectablePublicationValues[F];
    readonly previousValue: CorrectablePublicationValues[F];
  };
}[keyof CorrectablePublicationValues];

/**
 * POST /documents/{id}/publications/{publicationId}/corrections: a publication
 * recorded wrongly is corrected, never deleted. `publicationId` names it as it
 * was known before; `publication` is the whole record after the correction, so
 * a reader need not replay. A corrected `publicationId` frees the old
 * identifier for the register.
 */
export interface PublicationCorrected {
  readonly type: 'PublicationCorrected';
  readonly data: PublicationCorrection & {
    readonly documentId: string;
    readonly publicationId: string;
    readonly reason: string;
    readonly publication: PublicationRecord;
    readonly concerns: readonly MunicipalityCode[];
  };
}

/** Everything recorded in a document's stream; amendments live there so their approvals and adoption serialise on it. */
export type DocumentEvent = DocumentRegistered | DecisionPublished | PublicationCorrected | AmendmentEvent;
