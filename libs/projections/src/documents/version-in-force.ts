import { assertNever } from '@register/domain';
import type { Axis } from '../authority/authority-answer';
import type { DocumentPublicationView, DocumentVersionView, DocumentView } from './document-view';

/** The axes of a bitemporal question (api.md "Conventions"). */
export type DocumentAxis = Axis;

/** The version that applies on a date: what GET /documents/{id} answers as `versionInForce`. */
export type VersionInForce = Omit<DocumentVersionView, 'decidedOn' | 'inForceFrom'>;

/**
 * The version of `document` (as known to the view) that applies on `validOn`,
 * or null. Dates are `YYYY-MM-DD`, so comparing them as text compares them
 * as dates.
 *
 * On the `valid` axis: the version whose [validFrom, validUntil) holds
 * `validOn`; an adopted amendment reaches back to its validFrom even where
 * that lies before its adoption (domain.md).
 *
 * On the `inForce` axis: the text that was legally in force that day. A
 * decision is not in force before it is published in the right sheet (Awb
 * 3:40, 3:42 lid 1), so nothing is before the first publication of the
 * document itself that brings it into force; from then on the original is,
 * and each amendment from its own inForceFrom (its adoption, or its
 * validFrom when that is later; for the arrangement its publication, GR SZMH
 * art. 27, and never while unpublished). The latest version already in force
 * wins, within the document's overall validity: so a retroactive amendment is
 * not in force on the days before its adoption, and an unpublished amendment
 * of the arrangement not at all, where its predecessor was.
 */
export function versionInForceOn(document: DocumentView, validOn: string, axis: DocumentAxis): VersionInForce | null {
  const version = versionOn(document, validOn, axis);
  if (version === undefined) return null;
  const { decidedOn: _decidedOn, inForceFrom: _inForceFrom, ...inForce } = version;
  return inForce;
}

function versionOn(document: DocumentView, validOn: string, axis: DocumentAxis): DocumentVersionView | undefined {
  switch (axis) {
    case 'valid':
      return document.versions.find((v) => v.validFrom <= validOn && (v.validUntil === null || validOn < v.validUntil));
    case 'inForce':
      return inForceVersionOn(document, validOn);
    default:
      return assertNever(axis);
  }
}

function inForceVersionOn({ versions, publications }: DocumentView, validOn: string): DocumentVersionView | undefined {
  const published = firstInForceFrom(publications);
  const [original] = versions;
  const last = versions[versions.length - 1];
  if (published === null || validOn < published || validOn < original.validFrom) return undefined;
  if (last.validUntil !== null && validOn >= last.validUntil) return undefined;
  // Versions are numbered in order of adoption, so the highest one in force is the latest text.
  return [...versions].reverse().find((v) => {
    const from = v.amendmentId === null ? published : v.inForceFrom;
    return from !== null && from <= validOn;
  });
}

/** The earliest inForceFrom of the publications of the document itself that bring it into force. */
function firstInForceFrom(publications: readonly DocumentPublicationView[]): string | null {
  const own = publications.filter((p) => p.amendmentId === null && p.bringsIntoForce);
  return own.reduce<string | null>((first, p) => (first === null || p.inForceFrom < first ? p.inForceFrom : first), null);
}
