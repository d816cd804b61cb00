import { MANDATE_KINDS } from '../powers/act-kind';
import { requireDate, requireOptionalDate } from '../shared/calendar-date';
import { invalidPeriod, validationFailed } from '../shared/common.errors';
import {
  requireCeiling,
  requireDistinctList,
  requireOneOf,
  requireText,
  requireTextList,
} from '../shared/input-validation';
import { requireMunicipalityCode, requireParty } from '../shared/party-id';
import type { MunicipalityCode } from '../shared/party-id';
import { isEmptyPeriod } from '../shared/period';
import type { ConsentBasisRequest, GrantMandateRequest } from './mandate.commands';
import { MANDATE_SCOPES } from './mandate.state';
import type { ConsentBasis, MandateTerms } from './mandate.state';

/** The request fields common to original and sub-mandates, with the grantor already settled. */
export type TermsRequest = Omit<GrantMandateRequest, 'mandateId' | 'grantor'>;

/**
 * Checks the shape of a grant and turns it into terms. `defaultMunicipalities`
 * is the grantor's municipality for an original mandate and the parent's
 * municipalities for a sub-mandate (api.md).
 */
export function toMandateTerms(
  request: TermsRequest,
  grantor: string,
  defaultMunicipalities: readonly MunicipalityCode[],
): MandateTerms {
  const powers = requireDistinctList(request.powers, 'powers');
  const subMandateAllowed = requireDistinctList(request.subMandateAllowed ?? [], 'subMandateAllowed', true);
  const outside = subMandateAllowed.filter((p) => !powers.includes(p));
  if (outside.length > 0) {
    throw validationFailed('subMandateAllowed', `may only list granted powers; ${outside.join(', ')} is not among them`);
  }
  const municipalities = request.municipalities ?? defaultMunicipalities;
  const terms: MandateTerms = {
    kind: requireOneOf(request.kind, MANDATE_KINDS, 'kind'),
    scope: requireOneOf(request.scope, MANDATE_SCOPES, 'scope'),
    grantor: requireParty(grantor, 'grantor').id,
    grantee: requireParty(request.grantee, 'grantee').id,
    powers,
    municipalities: requireDistinctList(municipalities, 'municipalities').map((c) => requireMunicipalityCode(c, 'municipalities')),
    subMandateAllowed,
    ceiling: requireCeiling(request.ceiling, 'ceiling'),
    instructions: requireTextList(request.instructions, 'instructions'),
    consentBasis: toConsentBasis(request.consentBasis),
    decision: requireText(request.decision, 'decision'),
    validFrom: requireDate(request.validFrom, 'validFrom'),
    validUntil: requireOptionalDate(request.validUntil, 'validUntil'),
  };
  requireNonEmptyPeriod(terms);
  return terms;
}

export function requireNonEmptyPeriod(terms: Pick<MandateTerms, 'validFrom' | 'validUntil'>): void {
  if (isEmptyPeriod(terms)) {
    throw invalidPeriod(
      `validUntil ${terms.validUntil} is not after validFrom ${terms.validFrom}: validUntil is the first day the mandate no longer applies.`,
      { validFrom: terms.validFrom, validUntil: terms.validUntil },
    );
  }
}

function toConsentBasis(request: ConsentBasisRequest | null | undefined): ConsentBasis | null {
  if (request === null || request === undefined) return null;
  if (request.type === 'statutory') return { type: 'statutory', citation: requireText(request.citation, 'consentBasis.citation') };
  if (request.type === 'consent') return { type: 'consent', document: requireText(request.document, 'consentBasis.document') };
  throw validationFailed('consentBasis.type', 'must be statutory or consent');
}
