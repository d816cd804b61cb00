import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import { subjectOf } from '../auth/request-subject';
import { isReadOnlyMethod } from '../http/read-only-method';
import { IdempotencyContext } from './idempotency.context';
import { IdempotencyLedger } from './idempotency-ledger';
import type { RecordedResponse } from './idempotency-ledger.events';
import { idempotencyPathOf } from './idempotency-path';
import { idempotencyKeyOf, IdempotentRequest } from './idempotent-request';
import { RequestIdentity } from './request-identity';

/** Set on an answer that repeats a recorded one, as Stripe does, so a client can tell. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * api.md: a POST repeated with the same Idempotency-Key and body answers the
 * first response again and records nothing new; with another body it is a 422
 * IDEMPOTENCY_KEY_REUSED. Also runs every request inside the IdempotencyContext,
 * so handlers name their events after the key and claim it before they write.
 *
 * Only a success is recorded. A refused request (a field that fails
 * validation, a rule of the domain) wrote nothing and records nothing, since a
 * rejected command changes nothing (domain.md): its repeat is decided again
 * and, the register being the same, refused the same way. A conflict or an
 * unexpected failure after the handler claimed the key leaves it reserved for
 * this body, whose retry is safe because it writes the same event ids.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly ledger: IdempotencyLedger,
    private readonly context: IdempotencyContext,
    private readonly reflector: Reflector,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'http') return next.handle();
    const request = execution.switchToHttp().getRequest<FastifyRequest>();
    // A read writes no events, so it needs no identity; the async context would slow every promise it makes.
    if (isReadOnlyMethod(request.method)) return next.handle();
    const key = request.method === 'POST' ? idempotencyKeyOf(request.raw) : undefined;
    if (key === undefined) return this.context.run(RequestIdentity.random(), () => next.handle());
    const path = idempotencyPathOf(request);
    const principal = subjectOf(request)?.sub ?? '';
    const idempotent = IdempotentRequest.of({ principal, method: request.method, path, key, body: request.body });
    return defer(() => this.answer(idempotent, execution, next, String(request.raw.id)));
  }

  private async answer(request: IdempotentRequest, execution: ExecutionContext, next: CallHandler, correlationId: string): Promise<unknown> {
    const begin = await this.ledger.begin(request);
    if (begin.kind === 'replay') return this.replay(begin.response, execution);
    const identity = request.identity(() => this.ledger.reserve(request, correlationId));
    // next.handle() binds the async context it is called in: call it inside run().
    const body = await this.context.run(identity, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    const response = { status: this.successStatus(execution), body: body === undefined ? null : JSON.parse(JSON.stringify(body)) };
    const completion = await this.ledger.complete(request, response, correlationId);
    // A concurrent repeat recorded its answer first: that one stands, for both.
    return completion.kind === 'recorded' ? body : this.replay(completion.response, execution);
  }

  private replay(response: RecordedResponse, execution: ExecutionContext): unknown {
    void execution.switchToHttp().getResponse<FastifyReply>().header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return response.body;
  }

  /** What Nest will answer the handler's value with: its @HttpCode, else 201 for a POST. */
  private successStatus(execution: ExecutionContext): number {
    return this.reflector.get<number | undefined>(HTTP_CODE_METADATA, execution.getHandler()) ?? 201;
  }
}
