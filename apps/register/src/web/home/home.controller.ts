import { Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { readScopeOf, mayRead } from '../../auth/read-scope';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { municipalityLabel } from '../shared/dutch-format';
import { pageModel } from '../shared/page-model';
import { redirectTo, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';

/** The partners of the arrangement, Maastricht first as the central municipality. */
const PARTNERS = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'] as const;

/** `/`: tiles for what the user's roles can do (ui.md "Pages"); the search box comes with the list routes. */
@WebPageController()
export class HomeController {
  constructor(private readonly renderer: PageRenderer) {}

  @Get()
  @SignedInPage()
  home(@PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const subject = session.subject!;
    const html = this.renderer.render('home/home', pageModel('Start', session, { partners: visiblePartners(subject), isAuditor: isOnlyAuditor(subject), isRegistrar: subject.roles.includes('registrar') }));
    return sendHtml(reply, 200, html);
  }

  /** The look-up forms of the start page are GET forms: an id typed there opens its page. */
  @Get('zoeken')
  @SignedInPage()
  lookUp(@Query() query: Record<string, string | undefined>, @Res() reply: FastifyReply) {
    const id = (query.id ?? '').trim();
    const kind = query.soort === 'document' ? 'documenten' : 'mandaten';
    return redirectTo(reply, id === '' ? '/' : `/${kind}/${encodeURIComponent(id)}`);
  }
}

function visiblePartners(subject: AuthenticatedSubject): { code: string; name: string }[] {
  const scope = readScopeOf(subject);
  return PARTNERS.filter((code) => mayRead(scope, [code])).map((code) => ({ code, name: municipalityLabel(code) }));
}

function isOnlyAuditor(subject: AuthenticatedSubject): boolean {
  return readScopeOf(subject).kind === 'municipalities';
}
