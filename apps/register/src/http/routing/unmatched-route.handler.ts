import { Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

// Enough to recognise the path in the answer, not enough to echo a megabyte of URL back.
const MAX_PATH_IN_DETAIL = 200;

/**
 * Answers a request no route matches with a 404 problem document that names
 * what was asked, inside the /api/v1 prefix and outside it. It is a catch-all
 * route: Fastify's router prefers every named route to it, whatever the order
 * of registration, and its NotFoundException reaches the ProblemExceptionFilter
 * through Nest's error handler like any other error.
 */
@Injectable()
export class UnmatchedRouteHandler implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    // A standalone application context (the command line) has no HTTP server.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.all('/*', (request: FastifyRequest) => {
      const path = request.originalUrl.split('?')[0] ?? '';
      const shown = path.length > MAX_PATH_IN_DETAIL ? `${path.slice(0, MAX_PATH_IN_DETAIL)}…` : path;
      throw new NotFoundException(`No route answers ${request.method} ${shown}.`);
    });
  }
}
