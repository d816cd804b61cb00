import { nameBookOf } from '../participants/participation';
import { requireDate, requireOptionalDate } from '../shared/calendar-date';
import { invalidPeriod, unknownReference, validationFailed } from '../shared/common.errors';
import { assertNever } from '../shared/assert-never';
import { requireCeiling, requireOptionalText, requireText, requireTextList } from '../shared/input-validation';
import type { NameBook } from '../shared/organ-names';
import type { CorrectMandate } from './mandate.commands';
import type { MandateCorrected, MandateCorrection } from './mandate.events';
import { correctionChangesLegalContent, subMandateExceedsParent } from './mandate.errors';
import { requireGrantDecision } from './grant.rules';
import { requireNonEmptyPeriod } from './mandate-terms';
import { mandateConcerns, ownEnd } from './mandate.state';
import type { MandateRecord, MandateState } from './mandate.state';
import { checkOriginalGrant } from './original-grant.rules';
import { checkSubMandateGrant, subMandateExcesses, verifyChain } from './sub-mandate.rules';

/** What a grant decided in law (Awb 10:1, 10:4, 10:9, 10:12): changing any of it needs a new decision, not a correction. */
const LEGAL_CONTENT_FIELDS = [
  'mandateId', 'parentMandateId', 'kind', 'scope', 'grantor', 'grantee',
  'powers', 'municipalities', 'subMandateAllowed', 'consentBasis',
];

/**
 * A correction fixes a wrong record and is checked against the same rules as
 * if the mandate had been granted with the corrected value (domain.md); its
 * sub-mandates must still fit inside it, as they would have had to at their
 * own grant.
 */
export function decideCorrection({ data, context }: CorrectMandate, state: MandateState): MandateCorrected[] {
  if (state === null) throw unknownReference('mandate', data.mandateId);
  const correction = toCorrection(data.field, data.value, state);
  const reason = requireText(data.reason, 'reason');
  const evidence = requireOptionalText(data.evidence, 'evidence');
  const corrected = applyCorrection(state, correction);
  requireNonEmptyPeriod(corrected);
  if (corrected.parentMandateId === null) checkOriginalGrant(corrected, context);
  else checkSubMandateGrant(corrected, verifyChain(corrected.parentMandateId, context), context);
  checkSubMandatesStillFit(corrected, context.subMandates, nameBookOf(context.participants));
  checkRevocationStillApplies(corrected);
  const { decidedOn } = requireGrantDecision(context, corrected.decision);
  const { mandateId, validFrom, validUntil } = corrected;
  return [
    {
      type: 'MandateCorrected',
      data: { ...correction, mandateId, reason, evidence, decidedOn, validFrom, validUntil, concerns: mandateConcerns(state) },
    },
  ];
}

function toCorrection(field: string, value: unknown, state: MandateRecord): MandateCorrection {
  const correction = parseCorrection(field, value, state);
  if (JSON.stringify(correction.value) === JSON.stringify(correction.previousValue)) {
    throw validationFailed('value', `${field} is already ${JSON.stringify(correction.value)}; a correction must change it`);
  }
  return correction;
}

function parseCorrection(field: string, value: unknown, state: MandateRecord): MandateCorrection {
  switch (field) {
    case 'validFrom':
      return { field, value: requireDate(value, 'value'), previousValue: state.validFrom };
    case 'validUntil':
      return { field, value: requireOptionalDate(value, 'value'), previousValue: state.validUntil };
    case 'ceiling':
      return { field, value: requireCeiling(value, 'value'), previousValue: state.ceiling };
    case 'instructions':
      return { field, value: requireTextList(value, 'value'), previousValue: state.instructions };
    case 'decision':
      return { field, value: requireText(value, 'value'), previousValue: state.decision };
    default:
      if (LEGAL_CONTENT_FIELDS.includes(field)) throw correctionChangesLegalContent(field);
      throw validationFailed('field', 'must be one of validFrom, validUntil, ceiling, instructions, decision');
  }
}

/** The record with one corrected value; evolve uses it too, so decide and evolve cannot disagree. */
export function applyCorrection(record: MandateRecord, correction: MandateCorrection): MandateRecord {
  switch (correction.field) {
    case 'validFrom':
      return { ...record, validFrom: correction.value };
    case 'validUntil':
      return { ...record, validUntil: correction.value };
    case 'ceiling':
      return { ...record, ceiling: correction.value };
    case 'instructions':
      return { ...record, instructions: correction.value };
    case 'decision':
      return { ...record, decision: correction.value };
    default:
      return assertNever(correction);
  }
}

/**
 * A sub-mandate's own revocation counts: a revoked sub-mandate no longer
 * needs its parent's old end. An open-ended one lapses with its parent
 * whatever its revocation says, so only an explicit end is held to the parent's.
 */
function checkSubMandatesStillFit(corrected: MandateRecord, subMandates: readonly MandateRecord[], names: NameBook): void {
  for (const child of subMandates.filter((m) => m.parentMandateId === corrected.mandateId)) {
    const end = child.validUntil === null ? null : ownEnd(child);
    const excesses = subMandateExcesses(child, { validFrom: child.validFrom, validUntil: end }, corrected);
    if (excesses.length > 0) {
      throw subMandateExceedsParent(corrected, excesses, names, `after this correction its sub-mandate ${child.mandateId}`);
    }
  }
}

function checkRevocationStillApplies(corrected: MandateRecord): void {
  const revocation = corrected.revocation;
  if (revocation !== null && corrected.validFrom >= revocation.validUntil) {
    throw invalidPeriod(
      `Awb 10:8: ${corrected.mandateId} was revoked from ${revocation.validUntil}; a validFrom of ${corrected.validFrom} would start it after that revocation.`,
      { validFrom: corrected.validFrom, revokedFrom: revocation.validUntil },
    );
  }
}
