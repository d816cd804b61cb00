import type { CalendarDate } from '@register/domain';
import type { Axis } from '../authority/authority-answer';

/** GET /mandates/{id}'s `status` on validOn (domain.md), in api.md's order. */
export const MANDATE_STATUSES = ['valid', 'not-yet-valid', 'revoked', 'lapsed', 'expired'] as const;
export type MandateStatus = (typeof MANDATE_STATUSES)[number];

/** What a mandate's status on a date depends on, for one link of its line of parents. */
export interface StatusLink {
  readonly validFrom: CalendarDate;
  /** As granted or corrected, without the revocation. */
  readonly validUntil: CalendarDate | null;
  readonly revokedFrom: CalendarDate | null;
  /** Where the revocation ends it on the inForce axis (revocation-in-force.ts); null when it ends nothing there. */
  readonly revokedInForceFrom: CalendarDate | null;
  /** The municipalities of its grantor and grantee and those it is for. */
  readonly concerned: readonly string[];
  /** The earliest inForceFrom of its decision's publications; null when none is known. */
  readonly inForceFrom: CalendarDate | null;
}

export interface StatusCircumstances {
  readonly validOn: CalendarDate;
  readonly axis: Axis;
  /** Of the municipalities the links concern, those taking part on validOn. */
  readonly participating: ReadonlySet<string>;
}

/**
 * The status of the last link of `chain` (the original mandate first, the
 * mandate asked about last), on validOn. Every period is half-open: validFrom
 * <= validOn < validUntil, and a revocation's date is the first day it no
 * longer applies. The causes are tried from the most to the least severe:
 *
 * 1. `lapsed` when a municipality of any link has left (GR SZMH art. 21);
 * 2. `revoked` when the mandate itself is revoked (Awb 10:8), even when a
 *    parent ended too: its own revocation is what legal affairs look at. On
 *    the inForce axis a revocation counts only from its publication's entry
 *    into force (revocation-in-force.ts);
 * 3. `lapsed` when a parent is revoked or reached its validUntil: a
 *    sub-mandate never outlives its parent (Awb 10:9), derived here;
 * 4. `expired` when the mandate reached its own validUntil;
 * 5. `not-yet-valid` when validOn lies before any link's validFrom or, on the
 *    inForce axis, before any link's decision is in force (Awb 3:40).
 */
export function statusOfChain(chain: readonly StatusLink[], c: StatusCircumstances): MandateStatus {
  const own = chain[chain.length - 1];
  const parents = chain.slice(0, -1);
  const endedBy = (end: CalendarDate | null) => end !== null && end <= c.validOn;
  const revocation = (link: StatusLink) => (c.axis === 'inForce' ? link.revokedInForceFrom : link.revokedFrom);
  if (chain.some((link) => link.concerned.some((code) => !c.participating.has(code)))) return 'lapsed';
  if (endedBy(revocation(own))) return 'revoked';
  if (parents.some((link) => endedBy(revocation(link)) || endedBy(link.validUntil))) return 'lapsed';
  if (endedBy(own.validUntil)) return 'expired';
  if (chain.some((link) => c.validOn < link.validFrom)) return 'not-yet-valid';
  if (c.axis === 'inForce' && chain.some((link) => link.inForceFrom === null || c.validOn < link.inForceFrom)) return 'not-yet-valid';
  return 'valid';
}
