import type { IncomingMessage } from 'node:http';
import { ProblemError } from '../http/problem/problem.error';
import { canonicalJson, sha256Hex } from './canonical-json';
import { RequestIdentity, type WriteClaim } from './request-identity';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 1 to 255 printable ASCII characters, as most APIs that take the header accept (Stripe, the IETF draft's examples). */
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;

/**
 * The Idempotency-Key of a request, undefined when it has none.
 *
 * @throws ProblemError VALIDATION_FAILED for an empty, overlong or non-ASCII
 *   key, or for two of them (Node would join them with a comma into one key).
 */
export function idempotencyKeyOf(request: IncomingMessage): string | undefined {
  const values = request.headersDistinct[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (values === undefined) return undefined;
  const [key] = values;
  if (values.length === 1 && key !== undefined && KEY_PATTERN.test(key)) return key;
  const message = values.length > 1 ? 'must be sent once' : 'must be 1 to 255 printable ASCII characters';
  throw ProblemError.validationFailed([{ field: IDEMPOTENCY_KEY_HEADER, message }], `The ${IDEMPOTENCY_KEY_HEADER} header ${message}.`);
}

export interface IdempotentRequestParts {
  /** Who sent it (`sub`); keys of different callers never meet. */
  readonly principal: string;
  readonly method: string;
  /** The route that answers, its parameters filled in (idempotencyPathOf), not the URL as spelled. */
  readonly path: string;
  readonly key: string;
  /** The parsed JSON body; an absent body counts as `{}`. */
  readonly body: unknown;
}

/**
 * A POST under an Idempotency-Key. Its ledger stream is named after the hash
 * of caller, method, path and key, so the name leaks none of them and one
 * caller's key can never answer another's request; `requestHash` tells a
 * repeat (same body) from a reuse (another body).
 */
export class IdempotentRequest {
  private constructor(
    readonly stream: string,
    readonly requestHash: string,
    readonly principal: string,
    private readonly seed: string,
  ) {}

  static of(parts: IdempotentRequestParts): IdempotentRequest {
    // JSON of an array, so that no choice of key or path can collide with another split of the same characters.
    const scope = sha256Hex(JSON.stringify([parts.principal, parts.method.toUpperCase(), parts.path, parts.key]));
    const requestHash = sha256Hex(canonicalJson(parts.body ?? {}));
    return new IdempotentRequest(`idempotency-${scope}`, requestHash, parts.principal, sha256Hex(`${scope}:${requestHash}`));
  }

  /** The ids this request writes under: the same for every attempt with this key, caller and body. */
  identity(claim?: WriteClaim): RequestIdentity {
    return RequestIdentity.derivedFrom(this.seed, claim);
  }
}
