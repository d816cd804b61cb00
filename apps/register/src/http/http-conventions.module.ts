import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ProblemExceptionFilter } from './problem/problem-exception.filter';
import { UnmatchedRouteHandler } from './routing/unmatched-route.handler';
import { RequestValidationPipe } from './validation/request-validation.pipe';

/**
 * The HTTP conventions of api.md that hold for every route: errors as
 * problem+json, validated request DTOs, 404 for what no route matches. As app
 * providers they apply to test apps built from AppModule too; the Fastify
 * part (correlation id, body parsers) is `configureHttp`.
 */
@Module({
  providers: [
    { provide: APP_FILTER, useClass: ProblemExceptionFilter },
    { provide: APP_PIPE, useClass: RequestValidationPipe },
    UnmatchedRouteHandler,
  ],
})
export class HttpConventionsModule {}
