import type { MandateCorrected, MandateGranted, MandateRevoked } from '@register/domain';
import { assertNever } from '@register/domain';

/**
 * One version of a mandate's recorded facts, as a row of `rm_mandate_versions`.
 * Lists and objects are JSON text, dates `YYYY-MM-DD` and instants canonical
 * UTC ISO text, so both databases store and return the same strings.
 */
export interface MandateVersionRow {
  readonly position: number | string;
  readonly mandate_id: string;
  readonly parent_mandate_id: string | null;
  readonly kind: string;
  readonly scope: string;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: string;
  readonly municipalities: string;
  readonly sub_mandate_allowed: string;
  readonly ceiling: number | null;
  readonly instructions: string;
  readonly consent_basis: string;
  readonly decision: string;
  readonly decided_on: string;
  readonly valid_from: string;
  /** As granted or corrected; a revocation is kept apart in revoked_from. */
  readonly valid_until: string | null;
  /** The revocation's validUntil: the first day the mandate no longer applies by revocation. */
  readonly revoked_from: string | null;
  readonly revocation_decision: string | null;
  readonly recorded_from: string;
  readonly recorded_until: string | null;
}

/** Column order of every INSERT; the values of `rowValues` follow it. */
export const MANDATE_VERSION_COLUMNS: readonly (keyof MandateVersionRow)[] = [
  'position',
  'mandate_id',
  'parent_mandate_id',
  'kind',
  'scope',
  'grantor',
  'grantee',
  'powers',
  'municipalities',
  'sub_mandate_allowed',
  'ceiling',
  'instructions',
  'consent_basis',
  'decision',
  'decided_on',
  'valid_from',
  'valid_until',
  'revoked_from',
  'revocation_decision',
  'recorded_from',
  'recorded_until',
];

export function rowValues(row: MandateVersionRow): unknown[] {
  return MANDATE_VERSION_COLUMNS.map((column) => row[column]);
}

interface Recorded {
  readonly position: number;
  readonly recordedAt: string;
}

export function grantedRow(data: MandateGranted['data'], event: Recorded): MandateVersionRow {
  return {
    position: event.position,
    mandate_id: data.mandateId,
    parent_mandate_id: data.parentMandateId,
    kind: data.kind,
    scope: data.scope,
    grantor: data.grantor,
    grantee: data.grantee,
    powers: JSON.stringify(data.powers),
    municipalities: JSON.stringify(data.municipalities),
    sub_mandate_allowed: JSON.stringify(data.subMandateAllowed),
    ceiling: data.ceiling,
    instructions: JSON.stringify(data.instructions),
    consent_basis: JSON.stringify(data.consentBasis),
    decision: data.decision,
    decided_on: data.decidedOn,
    valid_from: data.validFrom,
    valid_until: data.validUntil,
    revoked_from: null,
    revocation_decision: null,
    recorded_from: event.recordedAt,
    recorded_until: null,
  };
}

/** A mandate is revoked once: the write side refuses a second revocation (ALREADY_REVOKED). */
export function revokedRow(current: MandateVersionRow, data: MandateRevoked['data'], event: Recorded): MandateVersionRow {
  return { ...nextVersion(current, event), revoked_from: data.validUntil, revocation_decision: data.decision };
}

/**
 * A correction replaces one value from its recordedAt on; the event carries
 * the mandate's decision date and period after it, which are taken as given.
 */
export function correctedRow(current: MandateVersionRow, data: MandateCorrected['data'], event: Recorded): MandateVersionRow {
  const next = { ...nextVersion(current, event), decided_on: data.decidedOn, valid_from: data.validFrom, valid_until: data.validUntil };
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

function nextVersion(current: MandateVersionRow, event: Recorded): MandateVersionRow {
  return { ...current, position: event.position, recorded_from: event.recordedAt, recorded_until: null };
}
