import type { CalendarDate } from '@register/domain';

/**
 * The shapes of api.md "Questions" and of `GET /mandates/{id}`'s status. The
 * oracle answers in them, and so must the fast bitemporal read models that are
 * compared with it: keeping one definition makes a disagreement a test
 * failure, not a type mismatch.
 */

/** `valid`: the period the rules apply to; `inForce`: additionally legally in force (Awb 3:40). */
export type Axis = 'valid' | 'inForce';

/** Why an actor is not authorised; api.md lists them, and the oracle ranks them in that order (see link-verdict.ts). */
export type AuthorityReason =
  | 'NO_MANDATE'
  | 'NOT_A_PARTICIPANT'
  | 'REVOKED'
  | 'LAPSED'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'NOT_YET_IN_FORCE'
  | 'NOT_PUBLISHED'
  | 'EXCEEDS_CEILING';

export type AuthorityFlag = 'RETROACTIVE' | 'NOT_YET_IN_FORCE' | 'NOT_PUBLISHED';

export interface AuthorityQuestion {
  /** An organ (`college:GM0935`) or a function (`GM0935.manager-sociale-zekerheid`). */
  readonly actor: string;
  readonly power: string;
  /** The municipality whose power is exercised (CBS code). */
  readonly municipality: string;
  readonly validOn: CalendarDate;
  /** UTC instant: the register as it stood then, later events ignored. */
  readonly knownAt: string;
  readonly axis: Axis;
  /** Euros; checked against every ceiling along the chain when given. */
  readonly amount?: number;
}

export interface PublicationAnswer {
  readonly publicationId: string;
  readonly publishedOn: CalendarDate;
  readonly inForceFrom: CalendarDate;
}

export interface ChainLinkAnswer {
  readonly mandateId: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly validFrom: CalendarDate;
  /** The link's own end: its validUntil or its revocation's, whichever is earlier; null when open. */
  readonly validUntil: CalendarDate | null;
  readonly decision: string;
  /** The publication that put the decision in force first; null when none is known at knownAt. */
  readonly publication: PublicationAnswer | null;
}

export interface AuthorityAnswer {
  readonly authorised: boolean;
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
  readonly validOn: CalendarDate;
  readonly knownAt: string;
  readonly axis: Axis;
  /** The organ holding the power for the municipality; null when the power is not catalogued at knownAt. */
  readonly onBehalfOf: string | null;
  /** Awb 10:10's line; null when the actor is the holder itself (no mandate, so no "namens") or the holder is unknown. */
  readonly signatureLine: string | null;
  /** From the holder to the actor: the chain that authorises, else the nearest one found; empty when there is none. */
  readonly chain: readonly ChainLinkAnswer[];
  /** Qualifies a yes; always empty when not authorised. */
  readonly flags: readonly AuthorityFlag[];
  readonly reason: AuthorityReason | null;
}

export type MandateStatus = 'valid' | 'not-yet-valid' | 'revoked' | 'lapsed' | 'expired';

export interface MandateStatusQuestion {
  readonly validOn: CalendarDate;
  readonly knownAt: string;
  readonly axis: Axis;
}

export interface MandateStatusAnswer {
  /** On validOn, judged on the axis asked. */
  readonly status: MandateStatus;
  /** Whether the mandate is legally in force on validOn, whatever the axis asked. */
  readonly inForce: boolean;
}
