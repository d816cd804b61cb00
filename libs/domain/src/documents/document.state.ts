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

export interface PublicationRecord {
  readonly medium: PublicationMedium;
  readonly publicationId: string;
  readonly publishedOn: CalendarDate;
  readonly inForceFrom: CalendarDate;
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

export type DocumentState = DocumentRecord | null;

/**
 * The document a command refers to, if the handler found it registered. A
 * loaded document with another id is treated as absent, so a handler that
 * loaded the wrong stream cannot make an unregistered reference pass.
 */
export function referencedDocument(loaded: DocumentRecord | null, documentId: string): DocumentRecord | null {
  return loaded !== null && loaded.documentId === documentId ? loaded : null;
}
