import type { WriteResult } from '../../write-side/write-result';

/** `id` is the amendment's. */
export interface ProposeAmendmentResult extends WriteResult {
  /** SHA-256 of the amended text as 64 hex digits; null for an amendment proposed without content. */
  readonly contentSha256: string | null;
}
