import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CLOCK, type Clock } from '../../write-side/clock';
import { PAGE_ACCESS, type PageAccessRule } from './page-access.decorator';
import { CrossSiteRequestError, PageForbiddenError, SignInRequiredError } from './page-errors';
import { attachPageSession } from './page-session';
import { sessionIdOf } from './session-cookie';
import type { WebSession } from './web-session';
import { WebSessionStore } from './web-session.store';

/** The hidden field every page form carries. */
const CSRF_FIELD = '_csrf';

/**
 * The pages' counterpart of the bearer guard: finds the session behind the
 * cookie, refuses a form post that is not this session's own (a token in the
 * form that only this session's pages know, and no other site's Origin), and
 * sends a visitor of a page that needs a signed-in user to /inloggen. A page
 * without a rule is refused, as a route without one is.
 */
@Injectable()
export class PageSessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: WebSessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<PageAccessRule | undefined>(PAGE_ACCESS, [context.getHandler(), context.getClass()]);
    if (rule === undefined) throw new PageForbiddenError(`${context.getClass().name} declares no page access rule`);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const id = sessionIdOf(request);
    const session = id === undefined ? undefined : await this.sessions.find(id, this.clock.now());
    attachPageSession(request, session);
    if (request.method !== 'GET' && request.method !== 'HEAD') checkOwnForm(request, session);
    if (rule.kind === 'signed-in') {
      if (session?.subject === undefined) throw new SignInRequiredError(request.url);
      if (session.subject.roles.length === 0) throw new PageForbiddenError(`${session.subject.sub} holds none of the register's roles`);
      if (rule.roles.length > 0 && !rule.roles.some((role) => session.subject!.roles.includes(role))) throw new PageForbiddenError();
    }
    return true;
  }
}

function checkOwnForm(request: FastifyRequest, session: WebSession | undefined): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new CrossSiteRequestError(`Sec-Fetch-Site: ${site}`);
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null' && hostOf(origin) !== request.headers.host) throw new CrossSiteRequestError(`Origin ${origin}`);
  if (origin === 'null') throw new CrossSiteRequestError('Origin null');
  const sent = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  if (session === undefined || typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
    throw new CrossSiteRequestError('The form does not carry this session\'s token');
  }
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
