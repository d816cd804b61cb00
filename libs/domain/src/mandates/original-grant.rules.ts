import { nameBookOf } from '../participants/participation';
import type { PowerEntry } from '../powers/power.decider';
import { describeParty } from '../shared/organ-names';
import { parseParty } from '../shared/party-id';
import type { GrantFacts } from './mandate.commands';
import { grantorNotCompetent } from './mandate.errors';
import { checkConsentBasis, checkDecisionOfGrantor, checkParticipation, checkPowersAndDecision } from './grant.rules';
import type { MandateTerms } from './mandate.state';

/** Every rule for an original mandate (one without parent), in the order a lawyer would check them. */
export function checkOriginalGrant(terms: MandateTerms, facts: GrantFacts): void {
  const powers = checkPowersAndDecision(terms, facts);
  checkGrantorHoldsPowers(terms, powers, facts);
  checkParticipation(terms, facts);
  checkConsentBasis(terms, facts);
  checkDecisionOfGrantor(terms, facts, []);
}

/**
 * An original mandate is granted by an organ of the kind that holds the power
 * (the catalogue's `holder`), for its own municipality only (domain.md). A
 * function holds no power of its own; it can pass on only what it received,
 * by sub-mandate. Participation on validFrom is NOT_A_PARTICIPANT's rule.
 */
function checkGrantorHoldsPowers(terms: MandateTerms, powers: readonly PowerEntry[], facts: GrantFacts): void {
  const names = nameBookOf(facts.participants);
  const grantor = parseParty(terms.grantor);
  const who = describeParty(terms.grantor, names);
  if (grantor?.type !== 'organ') {
    throw grantorNotCompetent(
      `Awb 10:1: ${who} holds no power of its own on ${terms.validFrom}; it can pass on a mandate it received only as a sub-mandate.`,
      { grantor: terms.grantor },
    );
  }
  const notHeld = powers.find((p) => p.holder !== grantor.organKind);
  if (notHeld) {
    throw grantorNotCompetent(
      `Awb 10:1: ${who} does not hold ${notHeld.powerId} on ${terms.validFrom}; ${notHeld.legalBasis} confers it on the ${notHeld.holder}.`,
      { grantor: terms.grantor, power: notHeld.powerId, holder: notHeld.holder },
    );
  }
  const foreign = terms.municipalities.filter((code) => code !== grantor.municipality);
  if (foreign.length > 0) {
    throw grantorNotCompetent(
      `Awb 10:1 and GR SZMH art. 5 lid 1: ${who} holds its powers for its own municipality only, not for ${foreign.join(', ')}.`,
      { grantor: terms.grantor, municipalities: foreign },
    );
  }
}
