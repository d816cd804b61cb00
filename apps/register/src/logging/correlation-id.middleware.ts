import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_ID_HEADER, correlationIdFor } from './correlation-id';

/**
 * Gives the request its correlation id (`req.id`, which pino-http then logs)
 * and echoes it in the response. It runs for every request, also those that
 * match no route and so never reach the request logger.
 */
export function assignCorrelationId(request: IncomingMessage, response: ServerResponse): string {
  if (typeof request.id !== 'string') {
    request.id = correlationIdFor(request.headers[CORRELATION_ID_HEADER.toLowerCase()]);
    response.setHeader(CORRELATION_ID_HEADER, request.id);
  }
  return request.id;
}

export function correlationIdMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  assignCorrelationId(request, response);
  next();
}
