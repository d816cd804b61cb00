import { Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';

// Enough to recognise the path in the answer, not enough to echo a megabyte of URL back.
const MAX_PATH_IN_DETAIL = 200;

/**
 * Answers a request no route matches with a 404 problem document, inside the
 * /api/v1 prefix and outside it. Nest's own not-found handler only covers the
 * prefix, so outside it Express would answer with an HTML page.
 *
 * It must sit after every route and before Nest's error handler, which turns
 * the NotFoundException into the problem. Nest registers the routes, then
 * runs onModuleInit, then adds its handlers: this hook is the one place in
 * between. http-problems.e2e-spec.ts fails if a Nest upgrade moves it.
 */
@Injectable()
export class UnmatchedRouteHandler implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // A standalone application context (the command line) has no HTTP server.
    this.adapterHost.httpAdapter?.use((request: Request, _response: Response, next: NextFunction) => {
      const path = request.originalUrl.split('?')[0] ?? '';
      const shown = path.length > MAX_PATH_IN_DETAIL ? `${path.slice(0, MAX_PATH_IN_DETAIL)}…` : path;
      next(new NotFoundException(`No route answers ${request.method} ${shown}.`));
    });
  }
}
