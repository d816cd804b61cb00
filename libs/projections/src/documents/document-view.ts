/**
 * A document as GET /documents/{id} shows it, as known at one instant; built
 * by `documentKnownAt` from the read model and, in tests, by replaying the log.
 */

/** One version of a document's text: version 1 is the original (amendmentId null), each adopted amendment adds the next. */
export interface DocumentVersionView {
  readonly version: number;
  readonly amendmentId: string | null;
  readonly validFrom: string;
  /** Exclusive; null when open-ended. */
  readonly validUntil: string | null;
  readonly contentSha256: string | null;
  /** The original's decision date, or the day the amendment was adopted. */
  readonly decidedOn: string;
  /**
   * For an amendment the later of validFrom and the adoption, or for an
   * amendment of the arrangement the later of that and the inForceFrom of its
   * first publication that brings it into force (GR SZMH art. 27), null while
   * it has none; null for the original, which is in force from its first
   * such publication's inForceFrom.
   */
  readonly inForceFrom: string | null;
}

export interface DocumentPublicationView {
  readonly medium: string;
  readonly publicationId: string;
  readonly publishedOn: string;
  readonly inForceFrom: string;
  /** Null for a publication of the document itself; else the adopted amendment of the arrangement it publishes. */
  readonly amendmentId: string | null;
  /** The organ in whose sheet it appeared. */
  readonly publisher: string;
  /** Whether it brings its decision into force: the gemeenteblad of the organ that must publish (Awb 3:42 lid 1). */
  readonly bringsIntoForce: boolean;
}

export interface AmendmentApprovalView {
  readonly organ: string;
  readonly decision: string | null;
  readonly approvedOn: string;
}

export interface AmendmentView {
  readonly id: string;
  readonly summary: string;
  readonly validFrom: string;
  readonly contentSha256: string | null;
  readonly status: 'proposed' | 'adopted';
  /** Null until adopted. */
  readonly adoptedOn: string | null;
  /** The version it became; null until adopted. */
  readonly version: number | null;
  /** In the order they were recorded. */
  readonly approvals: readonly AmendmentApprovalView[];
}

export interface DocumentView {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly decidedOn: string;
  readonly decidedBy: readonly string[];
  readonly concerns: readonly string[];
  readonly parties: readonly string[];
  readonly contentSha256: string | null;
  /** As known at knownAt (corrections applied), its amendments' included, by publication date, then publication id. */
  readonly publications: readonly DocumentPublicationView[];
  /** By version number, the original first. */
  readonly versions: readonly DocumentVersionView[];
  /** In the order they were proposed. */
  readonly amendments: readonly AmendmentView[];
}
