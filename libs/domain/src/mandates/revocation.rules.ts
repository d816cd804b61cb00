import { requireDecidedByOneOf, requireGroundingType } from '../documents/decision-ground.rules';
import { referencedDocument } from '../documents/document.state';
import type { DocumentRecord } from '../documents/document.state';
import { requireDate } from '../shared/calendar-date';
import { chronology, decisionDocumentRequired, invalidPeriod, unknownReference } from '../shared/common.errors';
import { DomainError } from '../shared/domain.error';
import { requireText } from '../shared/input-validation';
import { describePeriod } from '../shared/period';
import type { RevokeMandate } from './mandate.commands';
import type { MandateRevoked } from './mandate.events';
import { alreadyRevoked } from './mandate.errors';
import { mandateConcerns } from './mandate.state';
import type { MandateRecord, MandateState } from './mandate.state';

/**
 * Awb 10:8: the grantor may revoke at any time, in writing, by its own
 * decision, and the revocation works from that decision onwards (with 10:2:
 * what was decided under the mandate before stays the organ's decision). The
 * checks run in the order a lawyer reads a revocation: is there a decision,
 * is it dated after the grant, does its date fit the mandate's period, is it
 * the right kind of decision and the grantor's, and does it work forward.
 * Sub-mandates lapse with it; that is derived when asked, never written on
 * them. Its entry into force on the inForce axis follows from the
 * publications of `decision` (Awb 3:40), which the read side joins.
 */
export function decideRevoke({ data, context }: RevokeMandate, state: MandateState): MandateRevoked[] {
  if (state === null) throw unknownReference('mandate', data.mandateId);
  const validUntil = requireDate(data.validUntil, 'validUntil');
  const decisionId = requireText(data.decision, 'decision');
  if (state.revocation !== null) throw alreadyRevoked(state);
  const decision = referencedDocument(context.decision, decisionId);
  if (decision === null) throw decisionDocumentRequired('revocation', decisionId);
  checkDecidedAfterGrant(state, decision);
  checkWithinPeriod(state, validUntil);
  requireGroundingType('revocation', decision);
  requireDecidedByOneOf('revocation', decision, [state.grantor, ...grantorsAbove(state, context.ancestors)]);
  checkWorksForward(state, decision, validUntil);
  const concerns = mandateConcerns(state);
  return [{ type: 'MandateRevoked', data: { mandateId: state.mandateId, decision: decisionId, decidedOn: decision.decidedOn, validUntil, concerns } }];
}

function checkDecidedAfterGrant(state: MandateRecord, decision: DocumentRecord): void {
  if (decision.decidedOn < state.decidedOn) {
    throw chronology(
      `Awb 10:8: the revocation decision ${decision.documentId} of ${decision.decidedOn} predates the grant of ${state.mandateId} on ${state.decidedOn}.`,
      { revocationDecidedOn: decision.decidedOn, grantDecidedOn: state.decidedOn },
    );
  }
}

/** From its first day (a mandate revoked before it began) up to the day before it ends anyway. */
function checkWithinPeriod(state: MandateRecord, validUntil: string): void {
  if (validUntil < state.validFrom || (state.validUntil !== null && validUntil >= state.validUntil)) {
    throw invalidPeriod(
      `Awb 10:8: a revocation from ${validUntil} lies outside the period of ${state.mandateId} (${describePeriod(state)}); ` +
        'it must fall on or after the first day and before the end.',
      { validUntil, validFrom: state.validFrom, mandateValidUntil: state.validUntil },
    );
  }
}

function checkWorksForward(state: MandateRecord, decision: DocumentRecord, validUntil: string): void {
  if (validUntil < decision.decidedOn) {
    throw new DomainError(
      'RETROACTIVE_REVOCATION',
      `Awb 10:8 with 10:2: a revocation works from its decision onwards, since what was decided under ${state.mandateId} before it stays ` +
        `the organ's own decision; ${decision.documentId} was taken on ${decision.decidedOn}, so it cannot end the mandate from ${validUntil}.`,
      { validUntil, decidedOn: decision.decidedOn, document: decision.documentId },
    );
  }
}

/** The grantors above the mandate, nearest first, as far as the loaded chain connects to it; a gap only narrows who may revoke. */
function grantorsAbove(state: MandateRecord, ancestors: readonly MandateRecord[]): string[] {
  const grantors: string[] = [];
  let expected = state.parentMandateId;
  for (const ancestor of ancestors) {
    if (ancestor.mandateId !== expected) break;
    grantors.push(ancestor.grantor);
    expected = ancestor.parentMandateId;
  }
  return grantors;
}
