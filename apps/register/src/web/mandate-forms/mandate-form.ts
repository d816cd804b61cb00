import type { ConsentBasisRequest } from '@register/domain';
import { amountOf, checkedOf, linesOf, type PostedForm, textOf } from '../forms/posted-form';
import { requiredErrors } from '../forms/form-page';
import type { PageFieldError } from '../shared/page-model';

/** The terms a grant and a sub-mandate share, as the commands take them (api.md "Mandates"). */
export interface MandateTermsData {
  readonly mandateId: string | null;
  readonly kind: string;
  readonly scope: string;
  readonly grantee: string;
  readonly powers: string[];
  readonly municipalities: string[] | null;
  readonly subMandateAllowed: string[];
  readonly ceiling: number | null;
  readonly instructions: string[];
  readonly consentBasis: ConsentBasisRequest | null;
  readonly decision: string;
  readonly validFrom: string;
  readonly validUntil: string | null;
}

const REQUIRED = { grantee: 'de gemandateerde', decision: 'het kenmerk van het besluit', validFrom: 'de datum waarop het mandaat geldt' };

/**
 * The mandate form's fields as the command's data, or what must be filled
 * in first. Field names are the API's, so the register's own field errors
 * land beside the right field; the choices are checkboxes per value.
 */
export function mandateTermsOf(form: PostedForm): { data: MandateTermsData; errors: PageFieldError[] } {
  const errors = requiredErrors(form, REQUIRED);
  const powers = checkedOf(form, 'powers');
  if (powers.length === 0) errors.push({ field: 'powers', message: 'Kies ten minste één bevoegdheid.' });
  const ceiling = amountOf(form, 'ceiling');
  if (ceiling !== null && Number.isNaN(ceiling)) errors.push({ field: 'ceiling', message: 'Vul een bedrag in euro in, zoals 25000 of 25.000,50, of laat het veld leeg voor geen maximum.' });
  const municipalities = checkedOf(form, 'municipalities');
  const data: MandateTermsData = {
    mandateId: textOf(form, 'id'),
    kind: textOf(form, 'kind') ?? 'mandaat',
    scope: textOf(form, 'scope') ?? 'general',
    grantee: textOf(form, 'grantee') ?? '',
    powers,
    municipalities: municipalities.length === 0 ? null : municipalities,
    subMandateAllowed: checkedOf(form, 'subMandateAllowed'),
    ceiling: ceiling === null || Number.isNaN(ceiling) ? null : ceiling,
    instructions: linesOf(form, 'instructions'),
    consentBasis: consentBasisOf(form, errors),
    decision: textOf(form, 'decision') ?? '',
    validFrom: textOf(form, 'validFrom') ?? '',
    validUntil: textOf(form, 'validUntil'),
  };
  return { data, errors };
}

/** Awb 10:4: none, a statutory provision, or a registered consent document, chosen in `consentType`. */
function consentBasisOf(form: PostedForm, errors: PageFieldError[]): ConsentBasisRequest | null {
  switch (textOf(form, 'consentType')) {
    case 'statutory': {
      const citation = textOf(form, 'consentCitation');
      if (citation === null) errors.push({ field: 'consentCitation', message: 'Vul de wettelijke grondslag in, zoals Wgr art. 8 lid 4; GR SZMH art. 5 lid 1.' });
      return { type: 'statutory', citation, document: null };
    }
    case 'consent': {
      const document = textOf(form, 'consentDocument');
      if (document === null) errors.push({ field: 'consentDocument', message: 'Vul het kenmerk van het instemmingsbesluit in.' });
      return { type: 'consent', citation: null, document };
    }
    default:
      return null;
  }
}

/** Where the register's refusals of a grant belong on this form. */
export const MANDATE_REFUSAL_FIELDS = { CONSENT_BASIS_REQUIRED: 'consentType', UNKNOWN_REFERENCE: 'decision', ALREADY_EXISTS: 'id' } as const;
