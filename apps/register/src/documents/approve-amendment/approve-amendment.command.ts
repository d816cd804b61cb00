import { WriteCommand } from '../../write-side/write-command';
import type { ApproveAmendmentResult } from './approve-amendment.result';

/** POST /documents/{id}/amendments/{amendmentId}/approvals; null where the body left a field out. */
export type ApproveAmendmentInput = {
  readonly documentId: string;
  readonly amendmentId: string;
  readonly organ: string;
  readonly decision: string | null;
  readonly approvedOn: string | null;
};

export class ApproveAmendmentCommand extends WriteCommand<ApproveAmendmentInput, ApproveAmendmentResult> {}
