import { randomUUID } from 'node:crypto';

export const CORRELATION_ID_HEADER = 'X-Correlation-Id';

// Narrow enough that a client cannot smuggle line breaks, markup or megabytes into our logs.
const SANE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The correlation id of a request: the client's own when it sent a sane one,
 * so its logs and ours line up; a fresh one otherwise. A repeated header
 * arrives joined by commas and is therefore replaced too.
 */
export function correlationIdFor(header: string | readonly string[] | undefined, generate: () => string = randomUUID): string {
  return typeof header === 'string' && SANE_CORRELATION_ID.test(header) ? header : generate();
}
