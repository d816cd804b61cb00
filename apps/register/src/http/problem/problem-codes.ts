import type { DomainErrorCode } from '@register/domain';

/** Codes the HTTP layer raises itself; the domain has no word for them. */
export type HttpProblemCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'WRONG_EXPECTED_VERSION'
  | 'ALREADY_EXISTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INTERNAL'
  /** A write is recorded but the read side did not reach it in time (api.md: a 201 means queries see it). */
  | 'READ_SIDE_LAGGING'
  /** The database is gone, damaged, full or unreachable (api.md): nothing is acknowledged. */
  | 'STORAGE_UNAVAILABLE';

export type ProblemCode = DomainErrorCode | HttpProblemCode;

/**
 * The one table from a problem's stable `code` to its HTTP status (api.md
 * "Conventions", domain.md "Rules with their error codes"). Domain errors carry
 * no status: this is the only place that gives them one. Typed over every
 * DomainErrorCode, so a code the domain adds fails the type check here until it
 * has a status.
 */
export const PROBLEM_STATUS: { readonly [code in ProblemCode]: number } = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  WRONG_EXPECTED_VERSION: 409,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  INTERNAL: 500,
  READ_SIDE_LAGGING: 503,
  STORAGE_UNAVAILABLE: 503,
  // The rules of domain.md: a refused command is 422 with the rule's code.
  POWER_NOT_MANDATABLE: 422,
  POWER_KIND_MISMATCH: 422,
  CONSENT_BASIS_REQUIRED: 422,
  DECISION_DOCUMENT_REQUIRED: 422,
  SUBMANDATE_NOT_PERMITTED: 422,
  SUBMANDATE_EXCEEDS_PARENT: 422,
  GRANTOR_NOT_COMPETENT: 422,
  NOT_A_PARTICIPANT: 422,
  IN_FORCE_BEFORE_PUBLICATION: 422,
  INVALID_PERIOD: 422,
  CHRONOLOGY: 422,
  INVALID_PUBLICATION_ID: 422,
  DUPLICATE_PUBLICATION: 422,
  ALREADY_REVOKED: 422,
  DELEGATION_CYCLE: 422,
  CORRECTION_CHANGES_LEGAL_CONTENT: 422,
  AMENDMENT_REQUIRES_ALL_PARTIES: 422,
  AGREEMENT_TERM_ENDED: 422,
  CHARTER_REQUIRES_UNANIMITY: 422,
  ARRANGEMENT_REQUIRES_COUNCIL_CONSENT: 422,
  DECISION_NOT_OF_GRANTOR: 422,
  DOCUMENT_TYPE_MISMATCH: 422,
  RETROACTIVE_REVOCATION: 422,
  // Additions to domain.md's table for the amendment routes.
  DOCUMENT_NOT_AMENDABLE: 422,
  APPROVER_NOT_A_PARTY: 422,
  AMENDMENT_ALREADY_ADOPTED: 422,
  UNKNOWN_REFERENCE: 422,
};

export function statusOf(code: ProblemCode): number {
  return PROBLEM_STATUS[code];
}
