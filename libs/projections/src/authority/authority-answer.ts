import type { CalendarDate } from '@register/domain';

/**
 * The shapes of api.md "Questions": the read model answers in them, the
 * response DTOs document them, and the test oracle (testing/oracle) answers in
 * them too, so a disagreement between the two is a test failure, not a type
 * mismatch. Each list of values is one `as const` array its type derives
 * from, so the OpenAPI enums and the types cannot drift apart.
 */

/** `valid`: the period the rules apply to; `inForce`: additionally legally in force (Awb 3:40). */
export const AXES = ['valid', 'inForce'] as const;
export type Axis = (typeof AXES)[number];

/**
 * Why an actor is not authorised, in api.md's order, which is also the
 * severity of the failures of a chain: an answer names the most severe
 * failure of its chain (authority-verdict.ts; the oracle's link-verdict.ts
 * says why each stands where it does). NO_MANDATE (no chain at all) and
 * POWER_NOT_MANDATABLE (no chain can hold, Awb 10:3) are about the question,
 * not about a chain.
 */
export const AUTHORITY_REASONS = [
  'NO_MANDATE',
  'NOT_A_PARTICIPANT',
  'REVOKED',
  'LAPSED',
  'EXPIRED',
  'NOT_YET_VALID',
  'NOT_YET_IN_FORCE',
  'NOT_PUBLISHED',
  'EXCEEDS_CEILING',
  'POWER_NOT_MANDATABLE',
] as const;
export type AuthorityReason = (typeof AUTHORITY_REASONS)[number];

/** What qualifies a yes. */
export const AUTHORITY_FLAGS = ['RETROACTIVE', 'NOT_YET_IN_FORCE', 'NOT_PUBLISHED', 'REVOCATION_NOT_PUBLISHED'] as const;
export type AuthorityFlag = (typeof AUTHORITY_FLAGS)[number];

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
  /** Only with reason POWER_NOT_MANDATABLE: why the power cannot be mandated, as the catalogue says (Awb 10:3). */
  readonly nonMandatableReason?: string | null;
}

/** One question asked on both axes against the same state of the register, as the competence check shows it side by side. */
export interface AuthorityOnBothAxes {
  readonly valid: AuthorityAnswer;
  readonly inForce: AuthorityAnswer;
}
