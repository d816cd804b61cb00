import type { FastifyRequest } from 'fastify';
import { idempotencyPathOf } from './idempotency-path';
import type { IdempotentRequestParts } from './idempotent-request';

/** Where an Idempotency-Key applies, besides its caller; a key names one request only within its scope. */
export type IdempotencyScope = Pick<IdempotentRequestParts, 'method' | 'path'>;

/** The scope of a key sent to the API: the request's method and the matched route with its parameters (idempotencyPathOf). */
export function idempotencyScopeOf(request: FastifyRequest): IdempotencyScope {
  return { method: request.method, path: idempotencyPathOf(request) };
}
