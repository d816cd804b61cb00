import type { ProblemCode } from '../../http/problem/problem-codes';

/** The rules of domain.md every grant is checked against, and a correction again (domain.md "Rules"). */
export const GRANT_RULES = [
  'UNKNOWN_REFERENCE',
  'POWER_NOT_MANDATABLE',
  'POWER_KIND_MISMATCH',
  'CONSENT_BASIS_REQUIRED',
  'DECISION_DOCUMENT_REQUIRED',
  'DOCUMENT_TYPE_MISMATCH',
  'DECISION_NOT_OF_GRANTOR',
  'GRANTOR_NOT_COMPETENT',
  'NOT_A_PARTICIPANT',
  'INVALID_PERIOD',
  'DELEGATION_CYCLE',
] as const satisfies readonly ProblemCode[];

/** What a sub-mandate adds (Awb 10:9): it must be allowed by, and fit inside, its parent. */
export const SUB_MANDATE_RULES = [...GRANT_RULES, 'SUBMANDATE_NOT_PERMITTED', 'SUBMANDATE_EXCEEDS_PARENT'] as const satisfies readonly ProblemCode[];
