import { type CallHandler, type ExecutionContext, Inject, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Projector } from '@register/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mergeMap, type Observable } from 'rxjs';
import { REGISTER_CONFIG, type RegisterConfig } from '../config/register-config';
import { ProblemError } from '../http/problem/problem.error';
import { isReadOnlyMethod } from '../http/read-only-method';
import { WriteResponseDto } from '../write-side/write-response.dto';

/** When a lagging write is worth asking about again. */
const RETRY_AFTER_SECONDS = 1;

/**
 * api.md: a write answers 201 only once the event is visible to every query.
 * Every write answers a WriteResponseDto with the position of its last event;
 * this holds that answer back until the projector has passed the position.
 * If that takes longer than REGISTER_READ_YOUR_WRITES_TIMEOUT_MS the answer is
 * 503 READ_SIDE_LAGGING, and the write stays recorded.
 *
 * Registered after the IdempotencyInterceptor (AppModule imports
 * IdempotencyModule before HealthModule, which imports this module), so it
 * runs inside it: the ledger records only a 201 that has been waited for, and
 * the repeat of a 503 under the same Idempotency-Key finds the stored events
 * and waits again instead of replaying a 201 (read-your-writes.e2e-spec.ts
 * pins this order).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ReadYourWritesInterceptor.name);

  constructor(
    private readonly projector: Projector,
    @Inject(REGISTER_CONFIG) private readonly config: RegisterConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // A read answers no position to wait for; its answer passes untouched.
    if (context.getType() === 'http' && isReadOnlyMethod(context.switchToHttp().getRequest<FastifyRequest>().method)) return next.handle();
    return next.handle().pipe(mergeMap((body: unknown) => this.onceVisible(body, context)));
  }

  private async onceVisible(body: unknown, context: ExecutionContext): Promise<unknown> {
    if (!(body instanceof WriteResponseDto)) return body;
    const timeoutMs = this.config.readYourWritesTimeoutMs;
    if (await this.projector.waitUntilProjected(body.position, timeoutMs)) return body;
    this.logger.warn(`The read side did not reach position ${body.position} within ${timeoutMs} ms`);
    if (context.getType() === 'http') void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(RETRY_AFTER_SECONDS));
    throw new ProblemError(
      'READ_SIDE_LAGGING',
      `The write is recorded at position ${body.position}, but the read side did not reach it within ${timeoutMs} ms, ` +
        'so queries may not show it yet. Read again shortly instead of repeating the write.',
    );
  }
}
