import type { RegisterEvent } from '@register/domain';
import type { IdempotencyScope } from '../idempotency/idempotency-scope';

/** A request that may be repeated: the same key, scope and body answer the first answer again. */
interface IdempotencyClaim {
  readonly key: string;
  readonly scope: IdempotencyScope;
  /** What a repeat must match: the request body as sent (API) or the data submitted (a form, a demo step). */
  readonly body: unknown;
  /**
   * What the write's event ids derive from instead of the key, scope and body:
   * the demo names its events after the step's key alone, as it always has, so
   * that a run interrupted by an earlier release still finds its own events.
   * Never taken from a client.
   */
  readonly eventIdSeed?: string;
}

/** Who asks for a write, and how it may be repeated; the HTTP layer, a form or the demo fills it in. */
export interface WriteOrigin {
  /** The authenticated subject (`sub`), recorded as `recordedBy`; keys of different subjects never meet. */
  readonly principal: string;
  readonly correlationId: string;
  /** Absent: the write cannot be recognised when repeated, and each attempt is a new request. */
  readonly idempotency?: IdempotencyClaim;
}

export interface WriteOptions {
  /** How long to wait for the read side before READ_SIDE_LAGGING; REGISTER_READ_YOUR_WRITES_TIMEOUT_MS by default. */
  readonly readSideTimeoutMs?: number;
}

/**
 * What the pipeline answers: a write made now, with the events it decided, or
 * the answer recorded for an earlier request with the same key and body
 * (nothing was written this time, so there are no events to hand back).
 */
export type WriteAnswer<R> =
  | { readonly kind: 'written'; readonly result: R; readonly events: readonly RegisterEvent[] }
  | { readonly kind: 'replayed'; readonly result: R };
