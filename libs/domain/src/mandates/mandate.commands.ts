import type { DocumentRecord } from '../documents/document.state';
import type { FunctionRecord } from '../functions/function.decider';
import type { ParticipantRecord } from '../participants/participation';
import type { PowerEntry } from '../powers/power.decider';
import type { MandateRecord } from './mandate.state';

/** `consentBasis` as the client sends it; the decider checks its shape. */
export interface ConsentBasisRequest {
  readonly type: string;
  readonly citation?: string | null;
  readonly document?: string | null;
}

/** POST /mandates; `mandateId` is the client's `id` or one the handler generated. */
export interface GrantMandateRequest {
  readonly mandateId: string;
  readonly kind: string;
  readonly scope: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: readonly string[];
  readonly municipalities?: readonly string[] | null;
  readonly subMandateAllowed: readonly string[];
  readonly ceiling?: number | null;
  readonly instructions?: readonly string[] | null;
  readonly consentBasis?: ConsentBasisRequest | null;
  readonly decision: string;
  readonly validFrom: string;
  readonly validUntil?: string | null;
}

/** POST /mandates/{id}/sub-mandates: the grantor is the parent's grantee; an explicit one must be that. */
export type GrantSubMandateRequest = Omit<GrantMandateRequest, 'grantor'> & {
  readonly parentMandateId: string;
  readonly grantor?: string | null;
};

/**
 * The cross-stream facts every grant rule reads. Anything the register does
 * not hold is left out (or null), and the decider answers UNKNOWN_REFERENCE or
 * the rule's own code (DECISION_DOCUMENT_REQUIRED, CONSENT_BASIS_REQUIRED).
 */
export interface GrantFacts {
  /** Catalogue entries of the requested powers. */
  readonly powers: readonly PowerEntry[];
  /** The decision document named by `decision`. */
  readonly decision: DocumentRecord | null;
  /** The document named by a `consent` basis. */
  readonly consentDocument: DocumentRecord | null;
  /** Participant records of the grantor's, the grantee's and every listed municipality. */
  readonly participants: readonly ParticipantRecord[];
  /** Function records of grantor and grantee where they are functions. */
  readonly functions: readonly FunctionRecord[];
}

/** The chain a sub-mandate hangs from: its parent and, above it, every ancestor up to the original mandate. */
export interface ChainFacts {
  readonly parent: MandateRecord | null;
  /** The parent's parent first, the original mandate last. */
  readonly ancestors: readonly MandateRecord[];
}

export interface GrantMandate {
  readonly type: 'GrantMandate';
  readonly data: GrantMandateRequest;
  readonly context: GrantFacts;
}

export interface GrantSubMandate {
  readonly type: 'GrantSubMandate';
  readonly data: GrantSubMandateRequest;
  readonly context: GrantFacts & ChainFacts;
}

/**
 * POST /mandates/{id}/revocations. `ancestors` is the chain above the mandate,
 * its parent first: the grantor or an organ above it may revoke (Awb 10:8).
 */
export interface RevokeMandate {
  readonly type: 'RevokeMandate';
  readonly data: { readonly mandateId: string; readonly decision: string; readonly validUntil: string };
  readonly context: { readonly decision: DocumentRecord | null; readonly ancestors: readonly MandateRecord[] };
}

/**
 * POST /mandates/{id}/corrections. `field` stays a plain string so that an
 * attempt to correct `powers` reaches the domain and is answered with
 * CORRECTION_CHANGES_LEGAL_CONTENT rather than a generic 400. The facts are
 * those of the mandate as corrected (a corrected `decision` names the new
 * document), plus its direct sub-mandates, which must still fit inside it.
 */
export interface CorrectMandate {
  readonly type: 'CorrectMandate';
  readonly data: {
    readonly mandateId: string;
    readonly field: string;
    readonly value: unknown;
    readonly reason: string;
    readonly evidence?: string | null;
  };
  readonly context: GrantFacts & ChainFacts & { readonly subMandates: readonly MandateRecord[] };
}

export type MandateCommand = GrantMandate | GrantSubMandate | RevokeMandate | CorrectMandate;
