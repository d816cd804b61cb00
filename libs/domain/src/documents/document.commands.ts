import type { AmendmentCommand } from './amendment.commands';
import type { FunctionRecord } from '../functions/function.decider';
import type { ParticipantRecord } from '../participants/participation';

/**
 * POST /documents. The handler computes the SHA-256 of `content` (the domain
 * has no crypto) and loads, for every municipality named in `concerns`,
 * `decidedBy` and `parties`, its participant record, and for every function id
 * among them its function record; missing ones are simply left out.
 */
export interface RegisterDocument {
  readonly type: 'RegisterDocument';
  readonly data: {
    readonly id: string;
    readonly type: string;
    readonly title: string;
    readonly decidedOn: string;
    readonly decidedBy: readonly string[];
    readonly concerns: readonly string[];
    readonly content?: string | null;
    readonly parties?: readonly string[] | null;
    readonly term?: { readonly from: string; readonly until?: string | null } | null;
  };
  readonly contentSha256: string | null;
  readonly today: string;
  readonly context: {
    readonly participants: readonly ParticipantRecord[];
    readonly functions: readonly FunctionRecord[];
  };
}

/** The participant of the publisher's municipality, so a publisher the register does not know is named. */
export interface PublicationFacts {
  readonly participants: readonly ParticipantRecord[];
}

/**
 * POST /documents/{id}/publications, and with `amendmentId`
 * POST /documents/{id}/amendments/{amendmentId}/publications. `publisher`
 * defaults to the organ that must publish. Uniqueness across documents is the
 * handler's reservation.
 */
export interface PublishDecision {
  readonly type: 'PublishDecision';
  readonly data: {
    readonly documentId: string;
    readonly amendmentId?: string | null;
    readonly medium: string;
    readonly publicationId: string;
    readonly publishedOn: string;
    readonly inForceFrom: string;
    readonly publisher?: string | null;
  };
  readonly today: string;
  readonly context: PublicationFacts;
}

/**
 * POST /documents/{id}/publications/{publicationId}/corrections. `field` stays
 * a plain string so that a field that may not be corrected reaches the domain
 * and is named there. A corrected identifier is reserved, and the old one
 * freed, by the handler, as for a new publication.
 */
export interface CorrectPublication {
  readonly type: 'CorrectPublication';
  readonly data: {
    readonly documentId: string;
    readonly publicationId: string;
    readonly field: string;
    readonly value: unknown;
    readonly reason: string;
  };
  readonly today: string;
  readonly context: PublicationFacts;
}

export type DocumentCommand = RegisterDocument | PublishDecision | CorrectPublication | AmendmentCommand;
