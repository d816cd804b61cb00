import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CORRELATION_ID_HEADER, correlationIdFor } from './correlation-id';

/** The correlation id a request arrives with, or a fresh one: Fastify's request id (createHttpAdapter's genReqId). */
export function correlationIdOfRaw(request: IncomingMessage): string {
  return correlationIdFor(request.headers[CORRELATION_ID_HEADER.toLowerCase()]);
}

/**
 * Echoes the request's correlation id in the response and gives it to Node's
 * request as `id`, which pino-http logs. configureHttp does this first for
 * every request, also those that match no route; the error filter does it
 * again for an error raised before that. Returns the id.
 */
export function assignCorrelationId(request: FastifyRequest, reply: FastifyReply): string {
  const { id } = request;
  request.raw.id = id;
  if (!reply.hasHeader(CORRELATION_ID_HEADER)) void reply.header(CORRELATION_ID_HEADER, id);
  return id;
}
