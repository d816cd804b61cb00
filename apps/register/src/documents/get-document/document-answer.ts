import type { DocumentView, VersionInForce } from '@register/projections';

/** A document as known at `knownAt`, with the version that applies on `validOn` on the asked axis. */
export interface DocumentAnswer {
  readonly document: DocumentView;
  readonly versionInForce: VersionInForce | null;
}
