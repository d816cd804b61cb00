import { Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CLOCK, type Clock } from '../../write-side/clock';
import { OpenPage } from '../session/page-access.decorator';
import { PageForbiddenError, PageNotFoundError, SignInFailedError } from '../session/page-errors';
import { PageSession } from '../session/page-session';
import { setSessionCookie } from '../session/session-cookie';
import type { WebSession } from '../session/web-session';
import { WebSessionStore } from '../session/web-session.store';
import { redirectTo } from '../shared/page-reply';
import { safeReturnPath } from '../shared/return-path';
import { WebPageController } from '../shared/web-page.decorator';
import { OidcSignIn, OidcSignInFailed } from './oidc-sign-in';

/**
 * /auth/start sends the browser to the identity provider with a session of
 * its own that remembers state, nonce and PKCE verifier; /auth/callback
 * accepts only the answer to that session's request, ends it and opens a new
 * session for the signed-in user (a new id, as with the local sign-in).
 */
@WebPageController('auth')
export class OidcSignInController {
  constructor(
    private readonly oidc: OidcSignIn,
    private readonly sessions: WebSessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('start')
  @OpenPage()
  async start(@Query('terug') returnTo: unknown, @PageSession() session: WebSession | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.oidc.enabled) throw new PageNotFoundError('OpenID Connect sign-in is not configured');
    if (session !== undefined) await this.sessions.end(session.id, this.clock.now());
    const { url, pending } = await this.oidc.start(safeReturnPath(returnTo), callbackUrl(request));
    const visitor = await this.sessions.open(undefined, pending, this.clock.now());
    setSessionCookie(request, reply, visitor.id);
    return redirectTo(reply, url);
  }

  @Get('callback')
  @OpenPage()
  async callback(@PageSession() session: WebSession | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!this.oidc.enabled) throw new PageNotFoundError('OpenID Connect sign-in is not configured');
    if (session?.pending?.oidc === undefined) throw new SignInFailedError('A callback without a sign-in started in this browser');
    // One attempt per start: a replayed or forged callback finds the session ended.
    await this.sessions.end(session.id, this.clock.now());
    const subject = await this.oidc.finish(new URL(request.url, callbackUrl(request)), session.pending).catch((error: unknown) => {
      if (!(error instanceof OidcSignInFailed)) throw error;
      throw new SignInFailedError(error.message);
    });
    if (subject.roles.length === 0) throw new PageForbiddenError(`${subject.sub} holds none of the register's roles`);
    const signedIn = await this.sessions.open(subject, undefined, this.clock.now());
    setSessionCookie(request, reply, signedIn.id);
    return redirectTo(reply, session.pending.returnTo);
  }
}

/** The callback as registered with the provider: this service's own address, as the browser reached it. */
function callbackUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? 'localhost'}/auth/callback`;
}
