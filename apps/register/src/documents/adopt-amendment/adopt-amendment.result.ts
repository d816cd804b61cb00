import type { WriteResult } from '../../write-side/write-result';

/** `id` is the amendment's; the rest describes the version it became. */
export interface AdoptAmendmentResult extends WriteResult {
  readonly version: number;
  readonly adoptedOn: string;
  readonly validFrom: string;
  readonly inForceFrom: string;
}
