import { Body, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { REGISTER_CONFIG, type RegisterConfig } from '../../config/register-config';
import { CLOCK, type Clock } from '../../write-side/clock';
import { OpenPage } from '../session/page-access.decorator';
import { PageNotFoundError } from '../session/page-errors';
import { PageSession } from '../session/page-session';
import { clearSessionCookie, setSessionCookie } from '../session/session-cookie';
import type { WebSession } from '../session/web-session';
import { WebSessionStore } from '../session/web-session.store';
import { pageModel } from '../shared/page-model';
import { redirectTo, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { safeReturnPath } from '../shared/return-path';
import { WebPageController } from '../shared/web-page.decorator';
import { LocalSignIn } from './local-sign-in';

type SignInForm = Record<string, string | undefined>;

/**
 * /inloggen and /uitloggen (ui.md "Signing in"). Signing in ends the visitor's
 * session and opens a new one, so an id planted before the sign-in is worth
 * nothing after it; signing out ends the session on the server.
 */
@WebPageController()
export class SignInController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly sessions: WebSessionStore,
    private readonly localSignIn: LocalSignIn,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REGISTER_CONFIG) private readonly config: RegisterConfig,
  ) {}

  @Get('inloggen')
  @OpenPage()
  async form(@Query() query: SignInForm, @PageSession() session: WebSession | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const returnTo = safeReturnPath(query.terug);
    if (session?.subject !== undefined) return redirectTo(reply, returnTo);
    const visitor = session ?? (await this.openVisitorSession(request, reply));
    const notice = query.uitgelogd === undefined ? undefined : 'U bent uitgelogd.';
    return this.renderForm(reply, 200, visitor, { returnTo, notice });
  }

  @Post('inloggen')
  @OpenPage()
  async signIn(@Body() form: SignInForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const returnTo = safeReturnPath(form.terug);
    // With an identity provider the local accounts are not used: the form is not shown, a post to it finds nothing.
    if (this.config.web.oidcSignIn !== undefined) throw new PageNotFoundError('Local sign-in is off when REGISTER_OIDC_ISSUER is set');
    const name = (form.username ?? '').trim();
    const errors = [
      ...(name === '' ? [{ field: 'username', message: 'Vul uw gebruikersnaam in.' }] : []),
      ...(form.password ? [] : [{ field: 'password', message: 'Vul uw wachtwoord in.' }]),
    ];
    if (errors.length > 0) return this.renderForm(reply, 400, session, { returnTo, name }, errors);
    const outcome = await this.localSignIn.attempt(name, form.password!, request.ip);
    switch (outcome.kind) {
      case 'slowed': {
        const message = `Te veel mislukte pogingen. Wacht ${outcome.waitSeconds} seconden en probeer het dan opnieuw.`;
        void reply.header('Retry-After', String(outcome.waitSeconds));
        return this.renderForm(reply, 429, session, { returnTo, name }, [{ field: 'username', message }]);
      }
      case 'refused':
        return this.renderForm(reply, 401, session, { returnTo, name }, [{ field: 'username', message: 'De gebruikersnaam of het wachtwoord klopt niet.' }]);
      case 'signed-in': {
        await this.sessions.end(session.id, this.clock.now());
        const signedIn = await this.sessions.open(outcome.subject, undefined, this.clock.now());
        setSessionCookie(request, reply, signedIn.id);
        return redirectTo(reply, returnTo);
      }
      default: {
        const unknown: never = outcome;
        throw new Error(`Unhandled sign-in outcome ${JSON.stringify(unknown)}`);
      }
    }
  }

  @Post('uitloggen')
  @OpenPage()
  async signOut(@PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    // The guard let this post through, so it carried this session's token: the session exists.
    await this.sessions.end(session.id, this.clock.now());
    clearSessionCookie(request, reply);
    return redirectTo(reply, '/inloggen?uitgelogd=1');
  }

  private async openVisitorSession(request: FastifyRequest, reply: FastifyReply): Promise<WebSession> {
    const visitor = await this.sessions.open(undefined, undefined, this.clock.now());
    setSessionCookie(request, reply, visitor.id);
    return visitor;
  }

  private renderForm(reply: FastifyReply, status: number, session: WebSession, data: { returnTo: string; name?: string; notice?: string }, errors = [] as { field: string; message: string }[]) {
    const oidc = this.config.web.oidcSignIn !== undefined;
    const html = this.renderer.render('sign-in/sign-in', pageModel('Inloggen', session, { ...data, oidc, name: data.name ?? '' }, errors));
    return sendHtml(reply, status, html);
  }
}
