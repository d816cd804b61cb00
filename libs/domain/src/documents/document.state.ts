import type { CalendarDate } from '../shared/calendar-date';
import type { MunicipalityCode } from '../shared/party-id';

export const DOCUMENT_TYPES = [
  'arrangement',
  'charter',
  'agreement',
  'model-agreement',
  'mandate-decision',
  'sub-mandate-decision',
  'revocation-decision',
  'exit-decision',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const PUBLICATION_MEDIA = ['gemeenteblad', 'staatscourant', 'other'] as const;
export type PublicationMedium = (typeof PUBLICATION_MEDIA)[number];

/**
 * One publication of a document, or of one of its amendments (`amendmentId`).
 * `publisher` is the organ in whose sheet it appeared, `requiredPublisher` the
 * organ that must publish it (publisher.ts): only a gemeenteblad publication
 * in the latter's sheet brings the decision into force (`bringsIntoForce`).
 */
export interface PublicationRecord {
  readonly amendmentId: string | null;
  readonly medium: PublicationMedium;
  readonly publicationId: string;
  readonly publishedOn: CalendarDate;
  readonly inForceFrom: CalendarDate;
  readonly publisher: string;
  readonly requiredPublisher: string;
}

export interface DocumentTerm {
  readonly from: CalendarDate;
  readonly until: CalendarDate | null;
}

/** A registered document as the write side needs it; other aggregates receive it as a cross-stream fact. */
export interface DocumentRecord {
  readonly documentId: string;
  readonly type: DocumentType;
  readonly title: string;
  readonly decidedOn: CalendarDate;
  readonly decidedBy: readonly string[];
  readonly concerns: readonly MunicipalityCode[];
  readonly contentSha256: string | null;
  readonly parties: readonly string[];
  readonly term: DocumentTerm | null;
  readonly publications: readonly PublicationRecord[];
}

/** Only these are changed by amendment; a decision is changed by a new decision (revocation, correction). */
const AMENDABLE_DOCUMENT_TYPES = ['agreement', 'charter', 'arrangement'] as const satisfies readonly DocumentType[];
export type AmendableDocumentType = (typeof AMENDABLE_DOCUMENT_TYPES)[number];

export function isAmendable(type: DocumentType): type is AmendableDocumentType {
  return (AMENDABLE_DOCUMENT_TYPES as readonly DocumentType[]).includes(type);
}

/**
 * One version of a document's text: version 1 is the original (amendmentId
 * null), each adopted amendment adds the next. `validUntil` is exclusive and
 * null when open-ended. `inForceFrom` is the later of validFrom and the
 * adoption date for an amendment (for an amendment of the arrangement the
 * earliest day it can be in force: it enters into force only with its
 * publication, see AmendmentAdopted); null for the original, whose entry into
 * force follows from its publications (Awb 3:40).
 */
export interface DocumentVersionRecord {
  readonly version: number;
  readonly amendmentId: string | null;
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
  readonly inForceFrom: CalendarDate | null;
  readonly contentSha256: string | null;
}

interface AmendmentApprovalRecord {
  readonly organ: string;
  readonly decision: string | null;
  readonly approvedOn: CalendarDate;
}

export interface AmendmentRecord {
  readonly amendmentId: string;
  readonly summary: string;
  readonly validFrom: CalendarDate;
  readonly contentSha256: string | null;
  readonly approvals: readonly AmendmentApprovalRecord[];
  readonly adoptedOn: CalendarDate | null;
}

/** A document as its own stream knows it: the record others see, with its versions and amendments. */
export interface DocumentAggregate extends DocumentRecord {
  /** By version number, the original first. */
  readonly versions: readonly DocumentVersionRecord[];
  /** In the order they were proposed. */
  readonly amendments: readonly AmendmentRecord[];
}

export type DocumentState = DocumentAggregate | null;

/** The period the rules of a version apply to: `validUntil` exclusive, null when open-ended. */
export interface VersionValidity {
  readonly validFrom: CalendarDate;
  readonly validUntil: CalendarDate | null;
}

/**
 * The validity of a document's original text. A document with a term (an
 * agreement, the charter) applies for its term; any other document applies
 * from the day it was decided, open-ended, until a later decision (a
 * revocation, an amendment) says otherwise. Retroactive effect of a decision
 * is a fact of what it decides (a mandate's validFrom), not of the document.
 */
export function originalValidity(decidedOn: CalendarDate, term: DocumentTerm | null): VersionValidity {
  return term === null ? { validFrom: decidedOn, validUntil: null } : { validFrom: term.from, validUntil: term.until };
}

/**
 * The document a command refers to, if the handler found it registered. A
 * loaded document with another id is treated as absent, so a handler that
 * loaded the wrong stream cannot make an unregistered reference pass.
 */
export function referencedDocument(loaded: DocumentRecord | null, documentId: string): DocumentRecord | null {
  return loaded !== null && loaded.documentId === documentId ? loaded : null;
}
