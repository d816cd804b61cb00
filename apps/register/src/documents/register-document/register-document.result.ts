import type { WriteResult } from '../../write-side/write-result';

export interface RegisterDocumentResult extends WriteResult {
  /** SHA-256 of the stored content as 64 hex digits; null for a document registered without content. */
  readonly contentSha256: string | null;
}
