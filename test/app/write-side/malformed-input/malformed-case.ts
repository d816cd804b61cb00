import type { Response } from 'supertest';
import type { RegisterClient } from '../../support/register-client';

/** What the answer to a malformed request must be, beyond being a problem document without 2xx or 500. */
export interface MalformedExpectation {
  /** Statuses api.md allows for this kind of mistake. */
  readonly statuses: readonly number[];
  /**
   * api.md says "Unknown fields in a body are a 400": such cases must be 400
   * VALIDATION_FAILED with an entry in `errors` naming the field.
   */
  readonly validationErrorOn?: string;
}

/** One malformed request to one write route. */
export interface MalformedCase {
  /** Shown as the test name: route, field and what is wrong. */
  readonly name: string;
  readonly route: string;
  readonly send: (client: RegisterClient) => Promise<Response>;
  readonly expected: MalformedExpectation;
}

/** A mistake in the body's content: a rule of the contract (400) or of the domain (422) refuses it. */
export const BODY_MISTAKE: MalformedExpectation = { statuses: [400, 422] };
