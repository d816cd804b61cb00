import { Get, Inject, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { mayRead, readScopeOf } from '../../auth/read-scope';
import { CLOCK, type Clock } from '../../write-side/clock';
import { PageNotFoundError } from '../session/page-errors';
import { isNotFound } from '../shared/shown-or-not-found';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { municipalityLabel } from '../shared/dutch-format';
import { fieldValueOfInstant } from '../shared/local-instant';
import { type PageFieldError, pageModel } from '../shared/page-model';
import { sendDownload, sendHtml } from '../shared/page-reply';
import { shownOrNotFound } from '../shared/shown-or-not-found';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';
import { CompetenceCheck } from './competence-check';
import { parseCompetenceQuestion } from './competence-question';
import { competenceView } from './competence-view';
import { CompetenceStatementPdf } from './competence-statement.pdf';

const PARTNERS = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994', 'GM1903'] as const;

/**
 * /bevoegdheid: the competence check as a GET form whose fields carry the
 * API's parameter names, so an answer's address can be filed and opened
 * again; /bevoegdheid/verklaring.pdf: the same answer as a PDF/A statement.
 */
@WebPageController('bevoegdheid')
export class AuthorityPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly check: CompetenceCheck,
    private readonly statement: CompetenceStatementPdf,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @SignedInPage()
  async page(@Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const parsed = parseCompetenceQuestion(raw, this.clock.now());
    const form = formValues(raw);
    if (parsed.kind !== 'question') return this.render(reply, parsed.kind === 'invalid' ? 400 : 200, session, form, parsed.kind === 'invalid' ? parsed.errors : [], undefined);
    try {
      const answer = await this.check.answer(parsed.question, session.subject!);
      return this.render(reply, 200, session, { ...form, knownAt: form.knownAt || fieldValueOfInstant(answer.knownAt) }, [], competenceView(answer));
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // What does not exist and what the user may not see look the same (ui.md): "niet gevonden", the typed question kept.
      return this.render(reply, 404, session, form, [], undefined, true);
    }
  }

  @Get('verklaring.pdf')
  @SignedInPage()
  async pdf(@Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const parsed = parseCompetenceQuestion(raw, this.clock.now());
    if (parsed.kind !== 'question') throw new PageNotFoundError('A statement needs a complete question');
    const answer = await shownOrNotFound(this.check.answer(parsed.question, session.subject!));
    const pdf = await this.statement.render(competenceView(answer));
    return sendDownload(reply, 'application/pdf', `bevoegdheidsverklaring-${answer.validOn}.pdf`, pdf);
  }

  private render(reply: FastifyReply, status: number, session: WebSession, form: Record<string, string>, errors: readonly PageFieldError[], answer: ReturnType<typeof competenceView> | undefined, notFound = false) {
    const scope = readScopeOf(session.subject!);
    const municipalities = PARTNERS.filter((code) => mayRead(scope, [code])).map((code) => ({ code, name: municipalityLabel(code) }));
    const model = pageModel(answer ? 'Antwoord: bevoegdheid' : 'Bevoegdheid controleren', session, { form, answer, municipalities, notFound }, errors);
    return sendHtml(reply, status, this.renderer.render('authority/authority', model));
  }
}

/** What was typed, to put back in the form. */
function formValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of ['actor', 'power', 'municipality', 'validOn', 'knownAt', 'amount', 'axis']) {
    const value = raw[field];
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}
