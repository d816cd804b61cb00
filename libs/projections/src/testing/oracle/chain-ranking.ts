import { compareText } from '../../shared/compare-text';
import { FAILURE_SEVERITY } from './link-verdict';
import type { ChainVerdict, LinkFailure } from './link-verdict';

/**
 * Which chain an answer shows when several lead from the holder to the actor.
 *
 * Any chain that holds authorises; among those the one with the fewest flags
 * wins, the cleanest basis for the decision. When none holds, the answer shows
 * the nearest chain: the one whose reason is least severe (a ceiling exceeded
 * is nearer than a decision not yet in force, which is nearer than a period
 * not started, one that ended, or a municipality that left), then the one
 * that holds furthest down (its topmost failing link deepest). Remaining ties
 * go to the shorter chain, then to the mandate ids compared link by link, so
 * the choice never depends on the order of the log.
 */
export function compareChains(a: ChainVerdict, b: ChainVerdict): number {
  return compareOutcome(a, b) || a.links.length - b.links.length || compareMandateIds(a, b);
}

function compareOutcome(a: ChainVerdict, b: ChainVerdict): number {
  if (a.reason === null || b.reason === null) {
    return Number(a.reason !== null) - Number(b.reason !== null) || a.flags.length - b.flags.length;
  }
  return severityRank(b.reason) - severityRank(a.reason) || b.firstFailing - a.firstFailing;
}

/** 0 for the most severe failure. */
function severityRank(failure: LinkFailure): number {
  return FAILURE_SEVERITY.indexOf(failure);
}

function compareMandateIds(a: ChainVerdict, b: ChainVerdict): number {
  for (let i = 0; i < Math.min(a.links.length, b.links.length); i++) {
    const order = compareText(a.links[i].mandateId, b.links[i].mandateId);
    if (order !== 0) return order;
  }
  return 0;
}
