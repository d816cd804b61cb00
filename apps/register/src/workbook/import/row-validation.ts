import type { FieldError } from '../../http/problem/problem-document';
import { ProblemError } from '../../http/problem/problem.error';
import { RequestValidationPipe } from '../../http/validation/request-validation.pipe';
import { cellProblem, type ImportProblem, type RowRef } from './import-problem';

const pipe = new RequestValidationPipe();

/**
 * The body a row stands for, checked by the API's own request DTO with the
 * API's own pipe, so a row passes exactly the field rules a POST does
 * (identifier patterns, free text, list sizes). A wrong field is reported
 * under the column that holds it (`columns`: field -> header).
 */
export async function validatedBody<T extends object>(
  dto: new () => T,
  body: Record<string, unknown>,
  at: RowRef,
  columns: Readonly<Record<string, string>>,
): Promise<{ readonly body: T } | { readonly problems: ImportProblem[] }> {
  try {
    return { body: (await pipe.transform(body, { type: 'body', metatype: dto })) as T };
  } catch (error) {
    if (!(error instanceof ProblemError) || error.code !== 'VALIDATION_FAILED') throw error;
    return { problems: fieldProblems(error.errors ?? [], at, columns) };
  }
}

/** Field errors of the API or the domain as problems of the row's columns. */
export function fieldProblems(errors: readonly FieldError[], at: RowRef, columns: Readonly<Record<string, string>>): ImportProblem[] {
  return errors.map(({ field, message }) => cellProblem(at, columnOf(field, columns), `is niet geldig (${message})`));
}

/** `powers[1]` and `consentBasis.citation` are reported under the column of `powers` and `consentBasis`. */
function columnOf(field: string, columns: Readonly<Record<string, string>>): string {
  const root = field.split(/[.[]/, 1)[0] ?? field;
  return columns[field] ?? columns[root] ?? field;
}
