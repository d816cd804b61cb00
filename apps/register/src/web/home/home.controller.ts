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
import { isRegistrar, mayRecordPublications } from '../shared/page-roles';
import * as texts from '../shared/register-texts';
import { SearchReader } from '../search/search.reader';

/** The partners of the arrangement, Maastricht first as the central municipality. */
const PARTNERS = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'] as const;

/** `/`: the search box and tiles for what the user's roles can do (ui.md "Pages"). */
@WebPageController()
export class HomeController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly search: SearchReader,
  ) {}

  @Get()
  @SignedInPage()
  home(@PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const subject = session.subject!;
    const roles = { isAuditor: isOnlyAuditor(subject), isRegistrar: isRegistrar(subject), mayRecord: mayRecordPublications(subject) };
    const html = this.renderer.render('home/home', pageModel('Start', session, { partners: visiblePartners(subject), ...roles }));
    return sendHtml(reply, 200, html);
  }

  /** The search box: functions (with external titles), organs, powers, documents and mandates; `id` with `soort` opens one by its id. */
  @Get('zoeken')
  @SignedInPage()
  async lookUp(@Query() query: Record<string, string | undefined>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const q = (query.q ?? '').trim().slice(0, 200);
    if (q !== '') {
      const results = await this.search.search(q, session.subject!);
      return sendHtml(reply, 200, this.renderer.render('search/search', pageModel(`Zoeken: ${q}`, session, { q, results, texts })));
    }
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
