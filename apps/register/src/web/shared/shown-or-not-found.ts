import { ProblemError } from '../../http/problem/problem.error';
import { PageNotFoundError } from '../session/page-errors';

/** Whether a query handler answered 404: "does not exist" and "not yours to see" alike (ProblemError.notFound). */
export function isNotFound(error: unknown): error is ProblemError {
  return error instanceof ProblemError && error.code === 'NOT_FOUND';
}

/**
 * A query handler's answer, or the "niet gevonden" page where it answers 404:
 * the API's NOT_FOUND covers both "does not exist" and "not yours to see",
 * and the page must not tell them apart either (ui.md).
 */
export async function shownOrNotFound<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (isNotFound(error)) throw new PageNotFoundError(error.message);
    throw error;
  }
}
