import type { ProblemCode } from '../http/problem/problem-codes';

/**
 * The problems any write may answer before or besides its own rules: a body
 * that fails validation, no or a bad token, a role that may not write, a
 * reused Idempotency-Key, a read side too far behind to show the write (it is
 * recorded all the same). Routes list them first in `@ApiProblemResponses`.
 */
const WRITE_PROBLEMS = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'IDEMPOTENCY_KEY_REUSED',
  'READ_SIDE_LAGGING',
] as const satisfies readonly ProblemCode[];

/** A write that creates a record: a second one with the same id is a 409. */
export const CREATE_PROBLEMS = [...WRITE_PROBLEMS, 'ALREADY_EXISTS'] as const satisfies readonly ProblemCode[];

/** A write that appends to an existing record: a concurrent write to it is a 409. */
export const UPDATE_PROBLEMS = [...WRITE_PROBLEMS, 'WRONG_EXPECTED_VERSION'] as const satisfies readonly ProblemCode[];
