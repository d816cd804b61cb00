import type { FastifyRequest } from 'fastify';

/** Characters of the register's identifiers (api.md) stay as they are; anything else is percent-encoded. */
const OUTSIDE_IDENTIFIERS = /[^A-Za-z0-9._:~-]/g;

/**
 * The path an Idempotency-Key is scoped to (with caller, method and key): the
 * route that answers the request, its parameters filled in, not the URL as
 * spelled. The router ignores the letter case of the fixed segments and a
 * trailing slash (createHttpAdapter), so `/API/V1/documents/` reaches the
 * handler `/api/v1/documents` reaches and must replay its answer.
 *
 * For the canonical spelling this is the path itself, so keys recorded by a
 * release that scoped them by the raw path still replay. A parameter holding
 * a `/` (sent as %2F) is encoded again, so no parameter can make one route's
 * path equal another's.
 */
export function idempotencyPathOf(request: Pick<FastifyRequest, 'routeOptions' | 'params' | 'originalUrl'>): string {
  const route = request.routeOptions.url;
  if (route === undefined) return request.originalUrl.split('?')[0] ?? '';
  const params = (request.params ?? {}) as Record<string, unknown>;
  return route.replace(/:([A-Za-z_$][\w$]*)/g, (_match, name: string) => encodedSegment(String(params[name] ?? '')));
}

function encodedSegment(value: string): string {
  return value.replace(OUTSIDE_IDENTIFIERS, (character) => encodeURIComponent(character));
}
