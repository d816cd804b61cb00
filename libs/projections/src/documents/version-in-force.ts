import { assertNever } from '@register/domain';
import type { DocumentVersionView, DocumentView } from './document-view.query';

/** The axes of a bitemporal question (api.md "Conventions"). */
export type DocumentAxis = 'valid' | 'inForce';

/** The version that applies on a date: what GET /documents/{id} answers as `versionInForce`. */
export type VersionInForce = Omit<DocumentVersionView, 'decidedOn'>;

/**
 * The version whose [validFrom, validUntil) holds `validOn`, or null. On the
 * `inForce` axis the document must also be in force on `validOn`: a decision
 * does not enter into force before it is published (Awb 3:40), so one of its
 * publications (as known to the view) must be in force from `validOn` or
 * earlier; with no such publication the answer is null. Dates are
 * `YYYY-MM-DD`, so comparing them as text compares them as dates.
 */
export function versionInForceOn(document: DocumentView, validOn: string, axis: DocumentAxis): VersionInForce | null {
  const version = document.versions.find((v) => v.validFrom <= validOn && (v.validUntil === null || validOn < v.validUntil));
  if (version === undefined || !inForceOn(document, validOn, axis)) return null;
  const { decidedOn: _decidedOn, ...inForce } = version;
  return inForce;
}

function inForceOn(document: DocumentView, validOn: string, axis: DocumentAxis): boolean {
  switch (axis) {
    case 'valid':
      return true;
    case 'inForce':
      return document.publications.some((publication) => publication.inForceFrom <= validOn);
    default:
      return assertNever(axis);
  }
}
