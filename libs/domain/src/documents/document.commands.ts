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

/** POST /documents/{id}/publications. Uniqueness across documents is the handler's reservation. */
export interface PublishDecision {
  readonly type: 'PublishDecision';
  readonly data: {
    readonly documentId: string;
    readonly medium: string;
    readonly publicationId: string;
    readonly publishedOn: string;
    readonly inForceFrom: string;
  };
  readonly today: string;
}

export type DocumentCommand = RegisterDocument | PublishDecision | AmendmentCommand;
