import { WriteCommand } from '../../write-side/write-command';
import type { ProposeAmendmentResult } from './propose-amendment.result';

/** POST /documents/{id}/amendments; `id` is null when the client left the amendment's id to the service. */
export type ProposeAmendmentInput = {
  readonly documentId: string;
  readonly id: string | null;
  readonly summary: string;
  readonly content: string | null;
  readonly validFrom: string;
};

export class ProposeAmendmentCommand extends WriteCommand<ProposeAmendmentInput, ProposeAmendmentResult> {}
