import { type ArgumentsHost, Catch, type ExceptionFilter, Logger, Optional } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { assignCorrelationId } from '../../logging/assign-correlation-id';
import { redactedUrl } from '../../logging/redacted-url';
import { StorageStatus } from '../../storage/storage-status';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument, problemDocument } from './problem-document';
import { toProblemAnswer } from './problem.mapper';

/**
 * The service's one answer to every error (architecture.md, style 7): a
 * problem+json document with a stable code and the request's correlation id.
 * Registered as APP_FILTER, so test apps answer the same. What nobody meant to
 * reach a client becomes a bare 500; its message and stack go to the log only.
 */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemExceptionFilter.name);

  // Optional: an application built without the StorageModule still answers its errors.
  constructor(@Optional() private readonly storage?: StorageStatus) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Every request's failure passes here: the one place that learns when the database is gone or damaged.
    this.storage?.observe(exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // Assigned when the request arrived (configureHttp); assigned here too for an error raised before that.
    const correlationId = assignCorrelationId(request, reply);
    const document = this.documentFor(exception, request, correlationId);
    if (reply.sent || reply.raw.headersSent) {
      this.logger.error(`Cannot answer ${document.code} to ${request.method} ${redactedUrl(request.originalUrl)}: the response has begun`);
      reply.raw.end();
      return;
    }
    void reply.status(document.status).type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(JSON.stringify(document));
  }

  private documentFor(exception: unknown, request: FastifyRequest, correlationId: string): ProblemDocument {
    const answer = toProblemAnswer(exception);
    switch (answer.kind) {
      case 'problem':
        return problemDocument(answer.parts, correlationId);
      case 'unexpected':
        this.logUnexpected(exception, request);
        return problemDocument({ status: 500, code: 'INTERNAL' }, correlationId);
      default: {
        const unknown: never = answer;
        throw new Error(`Unhandled problem answer ${JSON.stringify(unknown)}`);
      }
    }
  }

  private logUnexpected(exception: unknown, request: FastifyRequest): void {
    const err = exception instanceof Error ? exception : new Error(`Non-error thrown: ${String(exception)}`);
    this.logger.error({ err, msg: `Unexpected error answering ${request.method} ${redactedUrl(request.originalUrl)}` });
  }
}
