import type { RequestIdentity } from '../idempotency/request-identity';

/**
 * Who asked for a write and how what it writes is named; every command of the
 * write side carries one. The WritePipeline builds it from the write's origin
 * (the API's request, a page's form, a demo step), so the handlers stay
 * singletons that know nothing of HTTP.
 */
export interface CommandMetadata {
  /**
   * Identifies this command. Each event it appends names it as `causationId`:
   * the correlation id comes from the client and may span many requests, the
   * command id tells which events one request caused (a publication's
   * reservation and its DecisionPublished share it).
   */
  readonly commandId: string;
  /** The authenticated subject (`sub`), recorded as `recordedBy`. */
  readonly recordedBy: string;
  readonly correlationId: string;
  /**
   * The ids of the command's events (`eventIdFor(n)`, 0-based in append order)
   * and of records it names for the client (`generatedId`). Derived from the
   * Idempotency-Key when the request has one, so a retry after a crash writes
   * the same ids to the same streams and is recognised; random otherwise.
   */
  readonly identity: RequestIdentity;
}
