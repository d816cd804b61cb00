import type { WriteResult } from '../../write-side/write-result';

/** `id` is the amendment's. */
export interface ApproveAmendmentResult extends WriteResult {
  readonly organ: string;
  /** As recorded: the date asked for, else the decision's date, else the day it was recorded. */
  readonly approvedOn: string;
}
