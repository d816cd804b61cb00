import { Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UNMATCHED_PAGE, type UnmatchedPage } from './unmatched-page';

// Enough to recognise the path in the answer, not enough to echo a megabyte of URL back.
const MAX_PATH_IN_DETAIL = 200;

/**
 * Answers a request no route matches with a 404 problem document that names
 * what was asked, inside the /api/v1 prefix and outside it. It is a catch-all
 * route: Fastify's router prefers every named route to it, whatever the order
 * of registration, and its NotFoundException reaches the ProblemExceptionFilter
 * through Nest's error handler like any other error. Outside /api and
 * /health, where people type addresses, the pages answer it (UNMATCHED_PAGE).
 */
@Injectable()
export class UnmatchedRouteHandler implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    // A standalone application context (the command line) has no HTTP server.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    const pages = this.unmatchedPage();
    fastify?.all('/*', async (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.originalUrl.split('?')[0] ?? '';
      if (pages !== undefined && !isApiPath(path)) return pages.answer(request, reply);
      const shown = path.length > MAX_PATH_IN_DETAIL ? `${path.slice(0, MAX_PATH_IN_DETAIL)}…` : path;
      throw new NotFoundException(`No route answers ${request.method} ${shown}.`);
    });
  }

  private unmatchedPage(): UnmatchedPage | undefined {
    try {
      return this.moduleRef.get<UnmatchedPage>(UNMATCHED_PAGE, { strict: false });
    } catch {
      return undefined;
    }
  }
}

function isApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return ['/api', '/health'].some((prefix) => lower === prefix || lower.startsWith(`${prefix}/`));
}
