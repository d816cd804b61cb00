import { requireDecidedByOneOf, requireGroundingType } from '../documents/decision-ground.rules';
import { referencedDocument } from '../documents/document.state';
import type { DocumentRecord } from '../documents/document.state';
import { requireKnownParty } from '../functions/known-parties';
import { nameBookOf, requireParticipation } from '../participants/participation';
import { MANDATE_KIND_FOR_ACT } from '../powers/act-kind';
import { findPower } from '../powers/power.decider';
import type { PowerEntry } from '../powers/power.decider';
import { decisionDocumentRequired, unknownReference } from '../shared/common.errors';
import { municipalityOfParty, parseParty, requireParty } from '../shared/party-id';
import type { GrantFacts } from './mandate.commands';
import { consentBasisRequired, powerKindMismatch, powerNotMandatable } from './mandate.errors';
import type { MandateTerms } from './mandate.state';

/**
 * The rules every grant obeys, original or sub-mandate, and every correction
 * re-checks (domain.md: "a correction is checked against the same rules as if
 * the mandate had been granted with the corrected value").
 */

/** Known parties and powers, a registered decision, and powers that may be mandated by this kind (10:3, 10:5, 10:12). */
export function checkPowersAndDecision(terms: MandateTerms, facts: GrantFacts): readonly PowerEntry[] {
  requireKnownParty(requireParty(terms.grantor, 'grantor'), facts.participants, facts.functions);
  requireKnownParty(requireParty(terms.grantee, 'grantee'), facts.participants, facts.functions);
  const powers = terms.powers.map((id) => findPower(facts.powers, id));
  requireGrantDecision(facts, terms.decision);
  for (const power of powers) {
    if (!power.mandatable) throw powerNotMandatable(power);
  }
  for (const power of powers) {
    if (MANDATE_KIND_FOR_ACT[power.actKind] !== terms.kind) throw powerKindMismatch(power, terms.kind);
  }
  return powers;
}

/** The registered decision document a grant refers to (Awb 10:5). */
export function requireGrantDecision(facts: GrantFacts, documentId: string): DocumentRecord {
  const decision = referencedDocument(facts.decision, documentId);
  if (decision === null) throw decisionDocumentRequired('grant', documentId);
  return decision;
}

/**
 * The decision a grant rests on is a mandate or sub-mandate decision of the
 * grantor (Awb 10:1, 10:5), or of an organ or function above it in the chain
 * (`above`, nearest first): the Maastricht college may lay down its manager's
 * further sub-mandates in its own decision. Checked last, once the grant itself
 * holds: it asks whether the right document records it.
 */
export function checkDecisionOfGrantor(terms: MandateTerms, facts: GrantFacts, above: readonly string[]): void {
  const decision = requireGrantDecision(facts, terms.decision);
  requireGroundingType('grant', decision);
  requireDecidedByOneOf('grant', decision, [terms.grantor, ...above], nameBookOf(facts.participants));
}

/**
 * Participation on the day the grant takes effect (validFrom), not the day it
 * was decided, for everyone it involves: GR SZMH art. 21 means none of a
 * leaver's organs grants or receives mandates from its exit date.
 */
export function checkParticipation(terms: MandateTerms, facts: GrantFacts): void {
  const on = terms.validFrom;
  requireParticipation(facts.participants, municipalityOfParty(terms.grantor), on, "the grantor's municipality");
  requireParticipation(facts.participants, municipalityOfParty(terms.grantee), on, "the grantee's municipality");
  for (const code of terms.municipalities) {
    requireParticipation(facts.participants, code, on, 'a municipality the mandate is for');
  }
}

/**
 * Awb 10:4. A function of a municipality works under the responsibility of that
 * municipality's organs; an organ, or anyone of another municipality, does not.
 * The register never infers a basis: it must be named.
 */
export function checkConsentBasis(terms: MandateTerms, facts: GrantFacts): void {
  const needed = !worksUnderResponsibilityOf(terms.grantee, terms.grantor);
  const basis = terms.consentBasis;
  const names = nameBookOf(facts.participants);
  if (basis?.type === 'consent' && referencedDocument(facts.consentDocument, basis.document) === null) {
    if (!needed) throw unknownReference('document', basis.document);
    throw consentBasisRequired(terms.grantor, terms.grantee, names, `the consent document ${basis.document} is not registered`);
  }
  if (needed && basis === null) {
    throw consentBasisRequired(terms.grantor, terms.grantee, names, 'it names neither');
  }
}

function worksUnderResponsibilityOf(grantee: string, grantor: string): boolean {
  const granteeParty = parseParty(grantee);
  const grantorParty = parseParty(grantor);
  return granteeParty?.type === 'function' && granteeParty.municipality === grantorParty?.municipality;
}
