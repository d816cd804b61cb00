/**
 * The stable codes a rejected command answers with. The HTTP layer maps them to
 * a problem document (domain.md "Rules with their error codes"); the domain
 * itself knows no status codes. VALIDATION_FAILED and ALREADY_EXISTS are the
 * contract's 400 and 409 (api.md "Conventions"); the domain raises them too so
 * that a command reaching it through another path (the CLI, an import) is still
 * checked.
 */
export const DOMAIN_ERROR_CODES = [
  'POWER_NOT_MANDATABLE',
  'POWER_KIND_MISMATCH',
  'CONSENT_BASIS_REQUIRED',
  'DECISION_DOCUMENT_REQUIRED',
  'SUBMANDATE_NOT_PERMITTED',
  'SUBMANDATE_EXCEEDS_PARENT',
  'GRANTOR_NOT_COMPETENT',
  'NOT_A_PARTICIPANT',
  'IN_FORCE_BEFORE_PUBLICATION',
  'INVALID_PERIOD',
  'CHRONOLOGY',
  'INVALID_PUBLICATION_ID',
  'DUPLICATE_PUBLICATION',
  'ALREADY_REVOKED',
  'DELEGATION_CYCLE',
  'CORRECTION_CHANGES_LEGAL_CONTENT',
  'AMENDMENT_REQUIRES_ALL_PARTIES',
  'AGREEMENT_TERM_ENDED',
  'CHARTER_REQUIRES_UNANIMITY',
  'ARRANGEMENT_REQUIRES_COUNCIL_CONSENT',
  'DECISION_NOT_OF_GRANTOR',
  'DOCUMENT_TYPE_MISMATCH',
  'RETROACTIVE_REVOCATION',
  'DOCUMENT_NOT_AMENDABLE',
  'APPROVER_NOT_A_PARTY',
  'AMENDMENT_ALREADY_ADOPTED',
  'UNKNOWN_REFERENCE',
  'ALREADY_EXISTS',
  'VALIDATION_FAILED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export type DomainErrorMeta = Readonly<Record<string, unknown>>;

/**
 * A rule of the register refused a command. `detail` is a sentence a lawyer can
 * read and names the article; `meta` carries the structured facts (which
 * dimension, which field) for clients that want more than the sentence.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly detail: string,
    readonly meta: DomainErrorMeta = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
