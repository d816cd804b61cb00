import type { FieldError } from './problem-document';
import type { HttpProblemCode } from './problem-codes';

/**
 * A request the service refuses with a code the domain has no word for: a
 * field that fails validation, a body that is not JSON, a reused idempotency
 * key, a record a query does not find. Like a DomainError it carries no
 * status: the code gets one from the one table in `problem-codes.ts`, where
 * the global ProblemExceptionFilter looks it up.
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

  /** 404 NOT_FOUND: what the register does not hold, or does not show this caller (api.md: as if it did not exist). */
  static notFound(detail: string): ProblemError {
    return new ProblemError('NOT_FOUND', detail);
  }
}

function describeFieldErrors(errors: readonly FieldError[]): string {
  const fields = [...new Set(errors.map((error) => error.field || 'the body'))];
  return fields.length === 1
    ? `The request is not valid: ${fields[0]} is wrong; see errors.`
    : `The request is not valid: ${fields.length} fields are wrong; see errors.`;
}
