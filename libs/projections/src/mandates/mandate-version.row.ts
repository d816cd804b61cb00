import type { MandateCorrected, MandateGranted, MandateRevoked } from '@register/domain';
import { assertNever } from '@register/domain';
import type { MandateVersionEntity } from './mandate-version.entity';

/** How a mandate's versions are written: the rules of MandatesProjection, one function per event. */
interface Recorded {
  readonly position: number;
  readonly recordedAt: string;
}

export function grantedRow(data: MandateGranted['data'], event: Recorded): MandateVersionEntity {
  return {
    position: event.position,
    mandateId: data.mandateId,
    parentMandateId: data.parentMandateId,
    kind: data.kind,
    scope: data.scope,
    grantor: data.grantor,
    grantee: data.grantee,
    powers: JSON.stringify(data.powers),
    municipalities: JSON.stringify(data.municipalities),
    subMandateAllowed: JSON.stringify(data.subMandateAllowed),
    ceiling: data.ceiling,
    instructions: JSON.stringify(data.instructions),
    consentBasis: JSON.stringify(data.consentBasis),
    decision: data.decision,
    decidedOn: data.decidedOn,
    validFrom: data.validFrom,
    validUntil: data.validUntil,
    revokedFrom: null,
    revocationDecision: null,
    recordedFrom: event.recordedAt,
    recordedUntil: null,
  };
}

/** A mandate is revoked once: the write side refuses a second revocation (ALREADY_REVOKED). */
export function revokedRow(current: MandateVersionEntity, data: MandateRevoked['data'], event: Recorded): MandateVersionEntity {
  return { ...nextVersion(current, event), revokedFrom: data.validUntil, revocationDecision: data.decision };
}

/**
 * A correction replaces one value from its recordedAt on; the event carries
 * the mandate's decision date and period after it, which are taken as given.
 */
export function correctedRow(current: MandateVersionEntity, data: MandateCorrected['data'], event: Recorded): MandateVersionEntity {
  const next = { ...nextVersion(current, event), decidedOn: data.decidedOn, validFrom: data.validFrom, validUntil: data.validUntil };
  switch (data.field) {
    case 'validFrom':
    case 'validUntil':
      return next;
    case 'ceiling':
      return { ...next, ceiling: data.value };
    case 'instructions':
      return { ...next, instructions: JSON.stringify(data.value) };
    case 'decision':
      return { ...next, decision: data.value };
    default:
      return assertNever(data);
  }
}

function nextVersion(current: MandateVersionEntity, event: Recorded): MandateVersionEntity {
  return { ...current, position: event.position, recordedFrom: event.recordedAt, recordedUntil: null };
}
