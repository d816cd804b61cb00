import { laterDate, municipalityOfParty, participatesOn } from '@register/domain';
import type { CalendarDate, MunicipalityCode } from '@register/domain';
import { compareText } from '../../shared/compare-text';
import type { AuthorityFlag, AuthorityReason, Axis } from '../../authority/authority-answer';
import type { KnownMandate, KnownPublication, KnownRegister } from './known-register';

/** What can be wrong with one link of a chain; NO_MANDATE and POWER_NOT_MANDATABLE are about the question, not a chain. */
export type LinkFailure = Exclude<AuthorityReason, 'NO_MANDATE' | 'POWER_NOT_MANDATABLE'>;

/**
 * Most severe first, in the order api.md lists the reasons. Every link is
 * checked on validOn and a chain's reason is the most severe failure on any
 * of its links:
 * - NOT_A_PARTICIPANT: a municipality the link involves (grantor's, grantee's,
 *   those it is for) does not take part: the arrangement does not apply at
 *   all (GR SZMH art. 21);
 * - REVOKED: a link at any depth revoked on or before validOn (Awb 10:8); the
 *   revocation decision is what legal affairs then have to look at. On the
 *   inForce axis a revocation ends a link only once its decision is in force
 *   by publication (see revocationEnd);
 * - LAPSED: a link above the actor's reached its own validUntil, so all below
 *   it lapsed (derived, Awb 10:9). A sub-mandate never outlasts its parent, so
 *   the actor's link has then often expired too: the cause above wins;
 * - EXPIRED: the actor's own link reached its validUntil;
 * - NOT_YET_VALID: validOn lies before a link's validFrom;
 * - NOT_YET_IN_FORCE, NOT_PUBLISHED (axis=inForce only, Awb 3:40): a link's
 *   decision is published but in force after validOn, or has no publication
 *   known at knownAt. Example 1 relies on this order: on 2026-01-15 the parent
 *   is NOT_YET_IN_FORCE, which outranks a sub-mandate not published at all;
 * - EXCEEDS_CEILING: the amount is above a link's ceiling (null: unlimited);
 *   last, as it only matters for a chain that otherwise holds.
 */
export const FAILURE_SEVERITY: readonly LinkFailure[] = [
  'NOT_A_PARTICIPANT',
  'REVOKED',
  'LAPSED',
  'EXPIRED',
  'NOT_YET_VALID',
  'NOT_YET_IN_FORCE',
  'NOT_PUBLISHED',
  'EXCEEDS_CEILING',
];

export interface Circumstances {
  readonly validOn: CalendarDate;
  readonly axis: Axis;
  readonly amount: number | undefined;
}

export interface ChainVerdict {
  /** From the holder's original mandate down to the actor's. */
  readonly links: readonly KnownMandate[];
  /** Per link, what fails on validOn. */
  readonly failures: readonly (readonly LinkFailure[])[];
  readonly reason: LinkFailure | null;
  /** Index of the topmost failing link; `links.length` when none fails. */
  readonly firstFailing: number;
  readonly flags: readonly AuthorityFlag[];
}

/**
 * A decision may be published more than once (a republication); it is in
 * force from the earliest `inForceFrom` of a known publication of the
 * decision itself (not of an amendment) in the gemeenteblad of the organ that
 * must publish it (Awb 3:40, 3:42 lid 1). A notice elsewhere brings nothing
 * into force.
 */
export function firstPublication(register: KnownRegister, documentId: string): KnownPublication | null {
  const publications = (register.publications.get(documentId) ?? []).filter((p) => p.amendmentId === null && p.bringsIntoForce);
  publications.sort(
    (a, b) =>
      compareText(a.inForceFrom, b.inForceFrom) ||
      compareText(a.publishedOn, b.publishedOn) ||
      compareText(a.publicationId, b.publicationId),
  );
  return publications[0] ?? null;
}

/** A municipality the register does not know (yet) does not take part. */
function participates(register: KnownRegister, code: MunicipalityCode, on: CalendarDate): boolean {
  const record = register.participants.get(code);
  return record !== undefined && participatesOn(record, on);
}

export function judgeChain(register: KnownRegister, links: readonly KnownMandate[], circumstances: Circumstances): ChainVerdict {
  const failures = links.map((link, i) => linkFailures(register, link, i === links.length - 1, circumstances));
  const all = failures.flat();
  const firstFailing = failures.findIndex((f) => f.length > 0);
  return {
    links,
    failures,
    reason: FAILURE_SEVERITY.find((f) => all.includes(f)) ?? null,
    firstFailing: firstFailing === -1 ? links.length : firstFailing,
    flags: flagsOf(register, links, circumstances),
  };
}

/**
 * What fails for one link on validOn (see FAILURE_SEVERITY). Periods are
 * half-open: validFrom <= validOn < validUntil, and a revocation's validUntil
 * is the first day the link no longer applies.
 *
 * A revocation takes effect on its validUntil on the valid axis, published or
 * not (Awb 10:8). On the inForce axis it is a decision of general scope that
 * takes legal effect only once published (3:40): see revocationEnd.
 */
function linkFailures(register: KnownRegister, link: KnownMandate, isActorLink: boolean, c: Circumstances): LinkFailure[] {
  const failures: LinkFailure[] = [];
  const concerned = [municipalityOfParty(link.grantor), municipalityOfParty(link.grantee), ...link.municipalities];
  const revokedFrom = c.axis === 'inForce' ? revocationEnd(register, link) : link.revokedFrom;
  if (concerned.some((code) => !participates(register, code, c.validOn))) failures.push('NOT_A_PARTICIPANT');
  if (revokedFrom !== null && revokedFrom <= c.validOn) failures.push('REVOKED');
  if (link.validUntil !== null && link.validUntil <= c.validOn) failures.push(isActorLink ? 'EXPIRED' : 'LAPSED');
  if (c.validOn < link.validFrom) failures.push('NOT_YET_VALID');
  if (c.axis === 'inForce') {
    const publication = firstPublication(register, link.decision);
    if (publication === null) failures.push('NOT_PUBLISHED');
    else if (c.validOn < publication.inForceFrom) failures.push('NOT_YET_IN_FORCE');
  }
  if (c.amount !== undefined && link.ceiling !== null && c.amount > link.ceiling) failures.push('EXCEEDS_CEILING');
  return failures;
}

/**
 * On the inForce axis a mandate stays in force until the later of its
 * revocation's validUntil and the day its revocation decision enters into
 * force by publication; an unpublished revocation ends nothing there
 * (domain.md; Awb 10:8 with 3:40). Null: not ended by revocation.
 */
function revocationEnd(register: KnownRegister, link: KnownMandate): CalendarDate | null {
  if (link.revokedFrom === null || link.revocationDecision === null) return null;
  const published = firstPublication(register, link.revocationDecision);
  return published === null ? null : laterDate(link.revokedFrom, published.inForceFrom);
}

/**
 * RETROACTIVE: some link's decision was taken after validOn, so on validOn
 * nobody could yet know of it; competence then exists only because a later
 * decision said so (example 1: decided 2026-01-27, valid from 2026-01-01,
 * asked for 2026-01-15). A late publication alone is not a later decision: it
 * shows as NOT_YET_IN_FORCE. NOT_YET_IN_FORCE: a link's decision, already
 * taken on validOn, is published but in force only after validOn. A
 * retroactive link is left out of it: its decision did not exist on validOn,
 * so it cannot have been in force then, and RETROACTIVE already says so
 * (api.md's example 1 answers `["RETROACTIVE"]` alone). NOT_PUBLISHED: no
 * publication of a link's decision is known at knownAt.
 * REVOCATION_NOT_PUBLISHED (inForce axis only): a link revoked from validOn
 * or earlier whose revocation decision has no publication that brings it into
 * force, so it still stands on that axis.
 */
function flagsOf(register: KnownRegister, links: readonly KnownMandate[], { validOn, axis }: Circumstances): AuthorityFlag[] {
  const publications = links.map((link) => firstPublication(register, link.decision));
  const flags: AuthorityFlag[] = [];
  if (links.some((link) => validOn < link.decidedOn)) flags.push('RETROACTIVE');
  const lateInForce = links.some((link, i) => link.decidedOn <= validOn && publications[i] !== null && validOn < (publications[i]?.inForceFrom ?? ''));
  if (lateInForce) flags.push('NOT_YET_IN_FORCE');
  if (publications.some((p) => p === null)) flags.push('NOT_PUBLISHED');
  const revokedUnpublished = (link: KnownMandate) =>
    link.revokedFrom !== null && link.revokedFrom <= validOn && link.revocationDecision !== null && firstPublication(register, link.revocationDecision) === null;
  if (axis === 'inForce' && links.some(revokedUnpublished)) flags.push('REVOCATION_NOT_PUBLISHED');
  return flags;
}
