import type { MandateKind } from '../powers/act-kind';
import type { CalendarDate } from '../shared/calendar-date';
import { municipalityOfParty } from '../shared/party-id';
import type { MunicipalityCode } from '../shared/party-id';
import { earlierEnd } from '../shared/period';
import type { Period } from '../shared/period';

export const MANDATE_SCOPES = ['general', 'case'] as const;
type MandateScope = (typeof MANDATE_SCOPES)[number];

/** Awb 10:4: why a grantee outside the grantor's responsibility may receive the mandate. */
export type ConsentBasis =
  | { readonly type: 'statutory'; readonly citation: string }
  | { readonly type: 'consent'; readonly document: string };

/** What a grant decides: the legal content plus the correctable details. */
export interface MandateTerms extends Period {
  readonly kind: MandateKind;
  readonly scope: MandateScope;
  readonly grantor: string;
  readonly grantee: string;
  readonly powers: readonly string[];
  readonly municipalities: readonly MunicipalityCode[];
  readonly subMandateAllowed: readonly string[];
  /** Euros; null is unlimited. */
  readonly ceiling: number | null;
  readonly instructions: readonly string[];
  readonly consentBasis: ConsentBasis | null;
  readonly decision: string;
}

interface MandateRevocation {
  readonly decision: string;
  readonly decidedOn: CalendarDate;
  /** First day the mandate no longer applies. */
  readonly validUntil: CalendarDate;
}

/** A mandate as its stream folds to; also the cross-stream fact other commands receive. */
export interface MandateRecord extends MandateTerms {
  readonly mandateId: string;
  /** Null for an original mandate; the mandate it derives from for a sub-mandate. */
  readonly parentMandateId: string | null;
  /** The date its decision document was taken. */
  readonly decidedOn: CalendarDate;
  readonly revocation: MandateRevocation | null;
}

export type MandateState = MandateRecord | null;

/**
 * The end of a mandate's own validity: its validUntil or the revocation,
 * whichever comes first. A parent's end and a participant's exit are not in
 * here: those are derived when asked (domain.md), never written on the mandate.
 */
export function ownEnd(record: MandateRecord): CalendarDate | null {
  return earlierEnd(record.validUntil, record.revocation?.validUntil ?? null);
}

/** Every municipality a mandate concerns: its own and those of grantor and grantee (GR SZMH arts. 11, 12). */
export function mandateConcerns(terms: Pick<MandateTerms, 'grantor' | 'grantee' | 'municipalities'>): MunicipalityCode[] {
  const codes = [...terms.municipalities, municipalityOfParty(terms.grantor), municipalityOfParty(terms.grantee)];
  return [...new Set(codes)].sort();
}
