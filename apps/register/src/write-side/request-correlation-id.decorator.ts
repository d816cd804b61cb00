import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { assignCorrelationId } from '../logging/assign-correlation-id';

/** The request's correlation id (set by the correlation middleware), for the metadata of the events it causes. */
export const RequestCorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const http = context.switchToHttp();
  return assignCorrelationId(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
});
