import { WriteCommand } from '../../write-side/write-command';
import type { AdoptAmendmentResult } from './adopt-amendment.result';

/** POST /documents/{id}/amendments/{amendmentId}/adoption; `adoptedOn` null means today. */
export type AdoptAmendmentInput = {
  readonly documentId: string;
  readonly amendmentId: string;
  readonly adoptedOn: string | null;
};

export class AdoptAmendmentCommand extends WriteCommand<AdoptAmendmentInput, AdoptAmendmentResult> {}
