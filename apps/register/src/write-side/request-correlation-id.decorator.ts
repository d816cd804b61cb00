import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { assignCorrelationId } from '../logging/correlation-id.middleware';

/** The request's correlation id (set by the correlation middleware), for the metadata of the events it causes. */
export const RequestCorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const http = context.switchToHttp();
  return assignCorrelationId(http.getRequest<Request>(), http.getResponse<Response>());
});
