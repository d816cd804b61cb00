import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { subjectOf } from '../../auth/request-subject';
import { idempotencyScopeOf } from '../../idempotency/idempotency-scope';
import { idempotencyKeyOf } from '../../idempotency/idempotent-request';
import { assignCorrelationId } from '../../logging/assign-correlation-id';
import type { WriteOrigin } from '../write-origin';

/** A write route's request as the WritePipeline sees it, and the reply its answer goes to. */
export interface HttpWriteRequest {
  readonly origin: WriteOrigin;
  readonly reply: FastifyReply;
}

/**
 * The parameter a write route hands to HttpWrites: `@WriteRequest() request: HttpWriteRequest`.
 * It runs after the guard has authenticated the caller.
 *
 * @throws ProblemError VALIDATION_FAILED for a malformed Idempotency-Key.
 */
export const WriteRequest = createParamDecorator((_data: unknown, context: ExecutionContext): HttpWriteRequest => {
  const http = context.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  const reply = http.getResponse<FastifyReply>();
  return { origin: writeOriginOf(request, reply), reply };
});

function writeOriginOf(request: FastifyRequest, reply: FastifyReply): WriteOrigin {
  const key = idempotencyKeyOf(request.raw);
  return {
    // Only a @Public() route has no subject; its keys are shared by every anonymous caller.
    principal: subjectOf(request)?.sub ?? '',
    correlationId: assignCorrelationId(request, reply),
    // The body as parsed from JSON, before validation turns it into a DTO: what a repeat sends again.
    idempotency: key === undefined ? undefined : { key, scope: idempotencyScopeOf(request), body: request.body },
  };
}
