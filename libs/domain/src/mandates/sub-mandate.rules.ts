import { nameBookOf } from '../participants/participation';
import { unknownReference } from '../shared/common.errors';
import { describeParty } from '../shared/organ-names';
import type { NameBook } from '../shared/organ-names';
import { parseParty } from '../shared/party-id';
import { describePeriod, endsLater, periodContains } from '../shared/period';
import type { Period } from '../shared/period';
import type { ChainFacts, GrantFacts } from './mandate.commands';
import { delegationCycle, granteeNotStaff, grantorNotCompetent, subMandateExceedsParent, subMandateNotPermitted } from './mandate.errors';
import type { Excess } from './mandate.errors';
import { checkConsentBasis, checkDecisionOfGrantor, checkParticipation, checkPowersAndDecision } from './grant.rules';
import { ownEnd } from './mandate.state';
import type { MandateRecord, MandateTerms } from './mandate.state';

/** The chain above a sub-mandate, parent first and the original mandate last, checked to be complete. */
export type MandateChain = readonly [MandateRecord, ...MandateRecord[]];

/**
 * Checks that the handler loaded an unbroken chain: the parent, then each
 * parent's parent up to an original mandate. A missing link is a mandate the
 * register does not know.
 */
export function verifyChain(parentMandateId: string, facts: ChainFacts): MandateChain {
  const { parent, ancestors } = facts;
  if (parent === null || parent.mandateId !== parentMandateId) throw unknownReference('mandate', parentMandateId);
  let expected = parent.parentMandateId;
  for (const ancestor of ancestors) {
    if (expected === null || ancestor.mandateId !== expected) throw unknownReference('mandate', expected ?? ancestor.mandateId);
    expected = ancestor.parentMandateId;
  }
  if (expected !== null) throw unknownReference('mandate', expected);
  return [parent, ...ancestors];
}

/** Every rule for a sub-mandate (Awb 10:9, GR SZMH art. 5 lid 2), on top of those for any grant. */
export function checkSubMandateGrant(terms: MandateTerms, chain: MandateChain, facts: GrantFacts): void {
  const names = nameBookOf(facts.participants);
  checkNoCycle(terms, chain, names);
  checkPowersAndDecision(terms, facts);
  checkPowersPermitted(terms, chain[0], names);
  checkGranteeIsStaff(terms, chain[0], names);
  checkWithinParent(terms, chain[0], names);
  checkChainInEffect(terms, chain, names);
  checkParticipation(terms, facts);
  checkConsentBasis(terms, facts);
  checkDecisionOfGrantor(terms, facts, chain.map((link) => link.grantor));
}

/** A chain may not lead back to a party that already holds the power in it, nor to the grantor itself. */
function checkNoCycle(terms: MandateTerms, chain: MandateChain, names: NameBook): void {
  const fromRoot = [...chain].reverse();
  const parties = [fromRoot[0].grantor, ...fromRoot.map((link) => link.grantee)];
  if (parties.includes(terms.grantee)) throw delegationCycle(terms.grantee, parties, names);
}

/** Awb 10:9 lid 1: only the powers the parent allows to be passed on. */
function checkPowersPermitted(terms: MandateTerms, parent: MandateRecord, names: NameBook): void {
  const forbidden = terms.powers.filter((p) => parent.powers.includes(p) && !parent.subMandateAllowed.includes(p));
  if (forbidden.length > 0) throw subMandateNotPermitted(parent, forbidden, names);
}

/**
 * GR SZMH art. 5 lid 2: the central college may sub-mandate only to staff
 * working under its authority, and a function passes on only to a function of
 * its own municipality. An organ, or a function of another municipality, is
 * refused whatever consent it gave: Awb 10:4 is about consent, not about the
 * permission that 10:9 and art. 5 lid 2 give. The register is the
 * arrangement's, so every chain in it is held to this.
 */
function checkGranteeIsStaff(terms: MandateTerms, parent: MandateRecord, names: NameBook): void {
  const grantee = parseParty(terms.grantee);
  const grantor = parseParty(terms.grantor);
  if (grantee?.type === 'function' && grantee.municipality === grantor?.municipality) return;
  throw granteeNotStaff(parent, terms.grantor, terms.grantee, names);
}

function checkWithinParent(terms: MandateTerms, parent: MandateRecord, names: NameBook): void {
  const excesses = subMandateExcesses(terms, terms, parent);
  if (excesses.length > 0) throw subMandateExceedsParent(parent, excesses, names);
}

/**
 * Where a sub-mandate is wider than its parent: not more powers, not more
 * municipalities, not a higher ceiling (null is unlimited), not a longer
 * period. An open end is no longer period: a sub-mandate "tot intrekking"
 * lapses with its parent (domain.md), while an explicit end after the
 * parent's claims more than the parent holds. `period` is passed apart so
 * that a sub-mandate's own revocation can be taken into account when its
 * parent is corrected.
 */
export function subMandateExcesses(
  child: Pick<MandateTerms, 'powers' | 'municipalities' | 'ceiling'>,
  period: Period,
  parent: MandateTerms,
): Excess[] {
  const excesses: Excess[] = [];
  const powers = child.powers.filter((p) => !parent.powers.includes(p));
  if (powers.length > 0) excesses.push({ dimension: 'powers', explanation: `${powers.join(', ')} not granted to the parent's grantee` });
  const codes = child.municipalities.filter((c) => !parent.municipalities.includes(c));
  if (codes.length > 0) excesses.push({ dimension: 'municipalities', explanation: `${codes.join(', ')} not covered by the parent` });
  if (parent.ceiling !== null && (child.ceiling === null || child.ceiling > parent.ceiling)) {
    const asked = child.ceiling === null ? 'unlimited' : `EUR ${child.ceiling}`;
    excesses.push({ dimension: 'ceiling', explanation: `${asked} above the parent's EUR ${parent.ceiling}` });
  }
  if (period.validFrom < parent.validFrom || (period.validUntil !== null && endsLater(period.validUntil, parent.validUntil))) {
    excesses.push({ dimension: 'period', explanation: `${describePeriod(period)} outside the parent's ${describePeriod(parent)}` });
  }
  return excesses;
}

/**
 * The grantor of a sub-mandate holds the power only through the chain above
 * it, so every link must still apply on validFrom; a link revoked before then
 * leaves the grantor without the power (Awb 10:8).
 */
function checkChainInEffect(terms: MandateTerms, chain: MandateChain, names: NameBook): void {
  const lapsed = chain.find((link) => !periodContains({ validFrom: link.validFrom, validUntil: ownEnd(link) }, terms.validFrom));
  if (lapsed) {
    throw grantorNotCompetent(
      `Awb 10:8: on ${terms.validFrom} ${describeParty(terms.grantor, names)} does not hold the power, because ${lapsed.mandateId} ` +
        `applies only from ${lapsed.validFrom} until ${ownEnd(lapsed) ?? 'further notice'}.`,
      { grantor: terms.grantor, mandateId: lapsed.mandateId, validFrom: terms.validFrom },
    );
  }
}
