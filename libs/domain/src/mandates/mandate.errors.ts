import type { PowerEntry } from '../powers/power.decider';
import { ACT_KIND_LABELS, MANDATE_KIND_FOR_ACT } from '../powers/act-kind';
import type { MandateKind } from '../powers/act-kind';
import { DomainError } from '../shared/domain.error';
import { describeParty, municipalityName } from '../shared/organ-names';
import type { NameBook } from '../shared/organ-names';
import { municipalityOfParty, parseParty } from '../shared/party-id';
import type { MandateRecord } from './mandate.state';

/** Error factories for the mandate rules; each sentence cites the article that the rule comes from. */

type ExcessDimension = 'powers' | 'municipalities' | 'ceiling' | 'period';

export interface Excess {
  readonly dimension: ExcessDimension;
  readonly explanation: string;
}

export function describeMandate(record: Pick<MandateRecord, 'mandateId' | 'grantor'>, names: NameBook): string {
  return `the mandate ${record.mandateId} of ${describeParty(record.grantor, names)}`;
}

export function powerNotMandatable(power: PowerEntry): DomainError {
  return new DomainError(
    'POWER_NOT_MANDATABLE',
    `Awb 10:3: the power ${power.powerId} (${power.label}) may not be mandated: ${power.nonMandatableReason ?? 'the catalogue excludes it'}.`,
    { power: power.powerId },
  );
}

export function powerKindMismatch(power: PowerEntry, kind: MandateKind): DomainError {
  const expected = MANDATE_KIND_FOR_ACT[power.actKind];
  return new DomainError(
    'POWER_KIND_MISMATCH',
    `Awb 10:12 and GR SZMH art. 5 lid 4: ${power.powerId} (${power.label}) is a ${ACT_KIND_LABELS[power.actKind]}, ` +
      `which is passed on by ${expected}, not by ${kind}.`,
    { power: power.powerId, kind, expectedKind: expected },
  );
}

export function consentBasisRequired(grantor: string, grantee: string, names: NameBook, why: string): DomainError {
  return new DomainError(
    'CONSENT_BASIS_REQUIRED',
    `Awb 10:4: ${describeParty(grantee, names)} does not work under the responsibility of ${describeParty(grantor, names)}, ` +
      `so the grant needs the grantee's consent or a statutory basis; ${why}.`,
    { grantor, grantee },
  );
}

export function subMandateNotPermitted(parent: MandateRecord, powers: readonly string[], names: NameBook): DomainError {
  return new DomainError(
    'SUBMANDATE_NOT_PERMITTED',
    `Awb 10:9 lid 1: ${describeMandate(parent, names)} does not allow sub-mandate of ${powers.join(', ')}.`,
    { parentMandateId: parent.mandateId, powers },
  );
}

/** GR SZMH art. 5 lid 2: the grantee of a sub-mandate is not staff under the sub-mandating party's authority. */
export function granteeNotStaff(parent: MandateRecord, grantor: string, grantee: string, names: NameBook): DomainError {
  const party = parseParty(grantee);
  const why = party?.type === 'function' ? `${grantee} is a function of ${municipalityName(party.municipality, names)}` : `${describeParty(grantee, names)} is an organ`;
  return new DomainError(
    'SUBMANDATE_NOT_PERMITTED',
    `GR SZMH art. 5 lid 2 with Awb 10:9: under ${describeMandate(parent, names)}, ${describeParty(grantor, names)} may sub-mandate only to ` +
      `staff working under its authority, functions of ${municipalityName(municipalityOfParty(grantor), names)}; ${why}. ` +
      'A consent does not change this: Awb 10:4 is about consent, not about the permission to sub-mandate.',
    { parentMandateId: parent.mandateId, grantor, grantee, rule: 'GR SZMH art. 5 lid 2' },
  );
}

/** `subject` names the mandate that would be too wide when it is not the one being granted (a correction's sub-mandate). */
export function subMandateExceedsParent(
  parent: Pick<MandateRecord, 'mandateId' | 'grantor'>,
  excesses: readonly Excess[],
  names: NameBook,
  subject = 'the sub-mandate',
): DomainError {
  return new DomainError(
    'SUBMANDATE_EXCEEDS_PARENT',
    `Awb 10:9: ${subject} would be wider than its parent, ${describeMandate(parent, names)}, in ` +
      `${excesses.map((e) => `${e.dimension} (${e.explanation})`).join('; ')}.`,
    { parentMandateId: parent.mandateId, dimensions: excesses.map((e) => e.dimension) },
  );
}

export function grantorNotCompetent(detail: string, meta: Record<string, unknown>): DomainError {
  return new DomainError('GRANTOR_NOT_COMPETENT', detail, meta);
}

export function alreadyRevoked(record: MandateRecord): DomainError {
  const revocation = record.revocation;
  return new DomainError(
    'ALREADY_REVOKED',
    `Awb 10:8: the mandate ${record.mandateId} was already revoked from ${revocation?.validUntil} by decision ${revocation?.decision}.`,
    { mandateId: record.mandateId, revokedFrom: revocation?.validUntil },
  );
}

export function delegationCycle(grantee: string, chain: readonly string[], names: NameBook): DomainError {
  return new DomainError(
    'DELEGATION_CYCLE',
    `Awb 10:9: granting to ${describeParty(grantee, names)} would lead the chain ${[...chain, grantee].join(' -> ')} ` +
      'back to a party that already holds the power in it.',
    { grantee, chain },
  );
}

export function correctionChangesLegalContent(field: string): DomainError {
  return new DomainError(
    'CORRECTION_CHANGES_LEGAL_CONTENT',
    `Awb 10:5 and 10:8: ${field} is part of what the mandate decision decided; changing it needs a new decision ` +
      '(a revocation and a new grant). A correction may change only validFrom, validUntil, ceiling, instructions or decision.',
    { field },
  );
}
