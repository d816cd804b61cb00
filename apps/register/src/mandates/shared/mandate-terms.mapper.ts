import type { ConsentBasisRequest } from '@register/domain';
import type { ConsentBasisRequestDto } from './consent-basis.request.dto';
import type { MandateTermsRequestDto } from './mandate-terms.request.dto';

/** The request fields as the domain's grant requests name them; absent optional fields become null. */
export function toMandateTermsInput(body: MandateTermsRequestDto) {
  return {
    mandateId: body.id ?? null,
    kind: body.kind,
    scope: body.scope,
    grantee: body.grantee,
    powers: body.powers,
    municipalities: body.municipalities ?? null,
    subMandateAllowed: body.subMandateAllowed ?? [],
    ceiling: body.ceiling ?? null,
    instructions: body.instructions ?? [],
    consentBasis: toConsentBasis(body.consentBasis),
    decision: body.decision,
    validFrom: body.validFrom,
    validUntil: body.validUntil ?? null,
  };
}

function toConsentBasis(basis: ConsentBasisRequestDto | null | undefined): ConsentBasisRequest | null {
  if (basis === null || basis === undefined) return null;
  const { type, citation, document } = basis as ConsentBasisRequestDto & { citation?: string; document?: string };
  return { type, citation: citation ?? null, document: document ?? null };
}
