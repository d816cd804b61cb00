import type { WriteResult } from '../../write-side/write-result';

/** `id` is the published document's; `publicationId` the identifier now reserved for it. */
export interface PublishDecisionResult extends WriteResult {
  readonly publicationId: string;
}
