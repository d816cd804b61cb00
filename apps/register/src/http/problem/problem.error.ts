import type { FieldError } from './problem-document';
import type { HttpProblemCode } from './problem-codes';

/**
 * A request the HTTP layer refuses before the domain sees it: a field that
 * fails validation, a body that is not JSON, a reused idempotency key. Its
 * status comes from the code, through the one table in `problem-codes.ts`.
 */
export class ProblemError extends Error {
  constructor(
    readonly code: HttpProblemCode,
    readonly detail: string,
    readonly errors?: readonly FieldError[],
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ProblemError';
  }

  static validationFailed(errors: readonly FieldError[], detail = describeFieldErrors(errors)): ProblemError {
    return new ProblemError('VALIDATION_FAILED', detail, errors);
  }
}

function describeFieldErrors(errors: readonly FieldError[]): string {
  const fields = [...new Set(errors.map((error) => error.field || 'the body'))];
  return fields.length === 1
    ? `The request is not valid: ${fields[0]} is wrong; see errors.`
    : `The request is not valid: ${fields.length} fields are wrong; see errors.`;
}
