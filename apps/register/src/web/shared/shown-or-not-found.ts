import { NotFoundException } from '@nestjs/common';
import { PageNotFoundError } from '../session/page-errors';

/**
 * A query handler's answer, or the "niet gevonden" page where it answers 404:
 * the API's NotFoundException covers both "does not exist" and "not yours to
 * see", and the page must not tell them apart either (ui.md).
 */
export async function shownOrNotFound<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof NotFoundException) throw new PageNotFoundError(error.message);
    throw error;
  }
}
