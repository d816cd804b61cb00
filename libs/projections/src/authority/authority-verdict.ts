import { compareText } from '../shared/compare-text';
import { AUTHORITY_REASONS, type AuthorityFlag, type AuthorityReason, type Axis } from './authority-answer';
import type { AuthorityLink } from './authority-links';

type LinkFailure = Exclude<AuthorityReason, 'NO_MANDATE' | 'POWER_NOT_MANDATABLE'>;

/** Most severe first: api.md's order of the reasons (AUTHORITY_REASONS), without those about the question rather than a chain. */
const SEVERITY: readonly LinkFailure[] = AUTHORITY_REASONS.filter((reason): reason is LinkFailure => reason !== 'NO_MANDATE' && reason !== 'POWER_NOT_MANDATABLE');

export interface VerdictCircumstances {
  readonly validOn: string;
  readonly axis: Axis;
  readonly amount: number | undefined;
  /** Of the municipalities the links concern, those taking part on validOn. */
  readonly participating: ReadonlySet<string>;
}

export interface AuthorityVerdict {
  readonly links: readonly AuthorityLink[];
  readonly reason: LinkFailure | null;
  /** Index of the topmost failing link; `links.length` when none fails. */
  readonly firstFailing: number;
  readonly flags: readonly AuthorityFlag[];
}

/** A chain on validOn: the most severe failure of any link, and the flags that qualify a yes. */
export function judge(links: readonly AuthorityLink[], c: VerdictCircumstances): AuthorityVerdict {
  const failures = links.map((link, i) => failuresOf(link, i === links.length - 1, c));
  const firstFailing = failures.findIndex((f) => f.length > 0);
  return {
    links,
    reason: SEVERITY.find((f) => failures.some((linkFailures) => linkFailures.includes(f))) ?? null,
    firstFailing: firstFailing === -1 ? links.length : firstFailing,
    flags: flagsOf(links, c),
  };
}

/**
 * Half-open periods. A revocation applies from its validUntil on the valid
 * axis; on the inForce axis from its publication's entry into force, and not
 * at all while unpublished (Awb 10:8 with 3:40, revocation-in-force.ts).
 */
function failuresOf(link: AuthorityLink, isActorLink: boolean, c: VerdictCircumstances): LinkFailure[] {
  const ended = (end: string | null) => end !== null && end <= c.validOn;
  const failures: LinkFailure[] = [];
  if (link.concerned.some((code) => !c.participating.has(code))) failures.push('NOT_A_PARTICIPANT');
  if (ended(c.axis === 'inForce' ? link.revokedInForceFrom : link.revokedFrom)) failures.push('REVOKED');
  if (ended(link.validUntil)) failures.push(isActorLink ? 'EXPIRED' : 'LAPSED');
  if (c.validOn < link.validFrom) failures.push('NOT_YET_VALID');
  if (c.axis === 'inForce' && link.publication === null) failures.push('NOT_PUBLISHED');
  if (c.axis === 'inForce' && link.publication !== null && c.validOn < link.publication.inForceFrom) failures.push('NOT_YET_IN_FORCE');
  if (c.amount !== undefined && link.ceiling !== null && c.amount > link.ceiling) failures.push('EXCEEDS_CEILING');
  return failures;
}

/**
 * RETROACTIVE: a decision taken after validOn. NOT_YET_IN_FORCE: a decision
 * already taken on validOn but in force only later (a retroactive one is
 * covered by RETROACTIVE, as in api.md's example 1). NOT_PUBLISHED: a
 * decision with no known publication. REVOCATION_NOT_PUBLISHED (inForce
 * axis): a link revoked from validOn or earlier whose revocation ends nothing
 * yet, because it is not published.
 */
function flagsOf(links: readonly AuthorityLink[], { validOn, axis }: VerdictCircumstances): AuthorityFlag[] {
  const flags: AuthorityFlag[] = [];
  if (links.some((link) => validOn < link.decidedOn)) flags.push('RETROACTIVE');
  const lateInForce = links.some((link) => link.decidedOn <= validOn && link.publication !== null && validOn < link.publication.inForceFrom);
  if (lateInForce) flags.push('NOT_YET_IN_FORCE');
  if (links.some((link) => link.publication === null)) flags.push('NOT_PUBLISHED');
  const unpublishedRevocation = (link: AuthorityLink) => link.revokedFrom !== null && link.revokedFrom <= validOn && link.revokedInForceFrom === null;
  if (axis === 'inForce' && links.some(unpublishedRevocation)) flags.push('REVOCATION_NOT_PUBLISHED');
  return flags;
}

/**
 * The chain an answer shows first: one that holds, with the fewest flags;
 * else the nearest, by least severe reason, then deepest first failure; then
 * the shorter chain and the mandate ids link by link, never the log's order.
 */
export function compareVerdicts(a: AuthorityVerdict, b: AuthorityVerdict): number {
  return compareOutcome(a, b) || a.links.length - b.links.length || compareIds(a, b);
}

function compareOutcome(a: AuthorityVerdict, b: AuthorityVerdict): number {
  if (a.reason === null || b.reason === null) {
    return Number(a.reason !== null) - Number(b.reason !== null) || a.flags.length - b.flags.length;
  }
  return SEVERITY.indexOf(b.reason) - SEVERITY.indexOf(a.reason) || b.firstFailing - a.firstFailing;
}

function compareIds(a: AuthorityVerdict, b: AuthorityVerdict): number {
  for (let i = 0; i < Math.min(a.links.length, b.links.length); i++) {
    const order = compareText(a.links[i].mandateId, b.links[i].mandateId);
    if (order !== 0) return order;
  }
  return 0;
}
