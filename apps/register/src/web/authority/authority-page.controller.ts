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
import { sendDownload, sendHtml, sendJson } from '../shared/page-reply';
import { shownOrNotFound } from '../shared/shown-or-not-found';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';
import { CompetenceCheck } from './competence-check';
import { CompetenceSuggestions, type Suggestion } from './competence-suggestions';
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
    private readonly suggestions: CompetenceSuggestions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @SignedInPage()
  async page(@Query() typed: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const resolved = await this.resolve(typed, session);
    if (resolved.kind === 'choose') return this.render(reply, resolved.errors.length > 0 ? 400 : 200, session, formValues(typed), resolved.errors, undefined, false, resolved.choices);
    const raw = resolved.raw;
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

  /** The suggestions the form's script asks for while one types (enhance.js); without script the datalists and "Bedoelde u" do this. */
  @Get('suggesties')
  @SignedInPage()
  async suggest(@Query() query: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const q = typeof query.q === 'string' ? query.q.trim().slice(0, 200) : '';
    const field = query.veld === 'power' ? 'power' : 'actor';
    const found = field === 'power' ? await this.suggestions.powers(session.subject!, q) : await this.suggestions.actors(session.subject!, q);
    return sendJson(reply, found);
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

  /**
   * The actor and power as typed, made ids where the text names exactly one
   * function, organ or power (the form works without script: a name or a
   * title typed in is found as the suggestions would find it); several
   * candidates are offered as links, none is an error beside the field.
   */
  private async resolve(raw: Record<string, unknown>, session: WebSession): Promise<Resolved> {
    const subject = session.subject!;
    const choices: Choices = {};
    const errors: PageFieldError[] = [];
    const resolved: Record<string, unknown> = { ...raw };
    const actor = typeof raw.actor === 'string' ? raw.actor.trim() : '';
    if (actor !== '') {
      const found = await this.suggestions.actorFor(subject, actor);
      if ('id' in found) resolved.actor = found.id;
      else if (found.candidates.length === 0) errors.push({ field: 'actor', message: `Het register kent geen functie of orgaan dat "${actor}" heet. Kies er een uit de suggesties.` });
      else choices.actor = found.candidates;
    }
    const power = typeof raw.power === 'string' ? raw.power.trim() : '';
    if (power !== '') {
      const found = await this.suggestions.powerFor(subject, power);
      if ('id' in found) resolved.power = found.id;
      else if (found.candidates.length > 0) choices.power = found.candidates;
    }
    return errors.length > 0 || choices.actor !== undefined || choices.power !== undefined ? { kind: 'choose', choices, errors } : { kind: 'question', raw: resolved };
  }

  private async render(
    reply: FastifyReply,
    status: number,
    session: WebSession,
    form: Record<string, string>,
    errors: readonly PageFieldError[],
    answer: ReturnType<typeof competenceView> | undefined,
    notFound = false,
    choices: Choices = {},
  ) {
    const scope = readScopeOf(session.subject!);
    const municipalities = PARTNERS.filter((code) => mayRead(scope, [code])).map((code) => ({ code, name: municipalityLabel(code) }));
    // The datalists serve a question being put; beside an answer the form's script asks for suggestions while one types.
    const suggested = answer !== undefined ? { actors: [], powers: [] } : { actors: await this.suggestions.actors(session.subject!), powers: await this.suggestions.powers(session.subject!) };
    const chooseLink = (field: string, value: string) => `/bevoegdheid?${new URLSearchParams({ ...form, [field]: value }).toString()}`;
    const data = { form, answer, municipalities, notFound, suggested, choices, chooseLink };
    const model = pageModel(answer ? 'Antwoord: bevoegdheid' : 'Bevoegdheid controleren', session, data, errors);
    return sendHtml(reply, status, this.renderer.render('authority/authority', model));
  }
}

type Choices = { actor?: Suggestion[]; power?: Suggestion[] };
type Resolved = { readonly kind: 'question'; readonly raw: Record<string, unknown> } | { readonly kind: 'choose'; readonly choices: Choices; readonly errors: PageFieldError[] };

/** What was typed, to put back in the form. */
function formValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of ['actor', 'power', 'municipality', 'validOn', 'knownAt', 'amount', 'axis']) {
    const value = raw[field];
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}
