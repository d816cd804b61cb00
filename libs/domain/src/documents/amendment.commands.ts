import type { ParticipantRecord } from '../participants/participation';
import type { DocumentRecord } from './document.state';

/**
 * POST /documents/{id}/amendments. The handler makes the amendment id when the
 * client gives none and hashes `content` (the domain has no crypto).
 */
export interface ProposeAmendment {
  readonly type: 'ProposeAmendment';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId: string;
    readonly summary: string;
    readonly content?: string | null;
    readonly validFrom: string;
  };
  readonly contentSha256: string | null;
}

/**
 * POST /documents/{id}/amendments/{amendmentId}/approvals. `approvedOn` is an
 * addition to api.md for recording past approvals; without it the approval is
 * dated by its decision document, or else today. The handler loads the
 * participant of the organ's municipality and the decision document, if any.
 */
export interface ApproveAmendment {
  readonly type: 'ApproveAmendment';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId: string;
    readonly organ: string;
    readonly decision?: string | null;
    readonly approvedOn?: string | null;
  };
  readonly today: string;
  readonly context: {
    readonly participants: readonly ParticipantRecord[];
    readonly decision: DocumentRecord | null;
  };
}

/**
 * POST /documents/{id}/amendments/{amendmentId}/adoption. `adoptedOn` is an
 * addition to api.md (default today) for recording past adoptions. The handler
 * loads every participant the register knows: the charter needs the approval
 * of every college that takes part on the adoption date.
 */
export interface AdoptAmendment {
  readonly type: 'AdoptAmendment';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId: string;
    readonly adoptedOn?: string | null;
  };
  readonly today: string;
  readonly context: {
    readonly participants: readonly ParticipantRecord[];
  };
}

export type AmendmentCommand = ProposeAmendment | ApproveAmendment | AdoptAmendment;
