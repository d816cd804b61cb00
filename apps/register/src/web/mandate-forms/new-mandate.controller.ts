import { Body, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RegisterDocumentCommand } from '../../documents/register-document/register-document.command';
import { GrantMandateCommand } from '../../mandates/grant-mandate/grant-mandate.command';
import { FormWrites } from '../forms/form-writes';
import { formPageData, requiredErrors } from '../forms/form-page';
import { checkedOf, type PostedForm, textOf } from '../forms/posted-form';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { type PageFieldError, pageModel } from '../shared/page-model';
import { redirectTo, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { safeReturnPath } from '../shared/return-path';
import { WebPageController } from '../shared/web-page.decorator';
import { writtenNotice } from '../shared/written-notice';
import { MANDATE_REFUSAL_FIELDS, mandateTermsOf } from './mandate-form';
import { MandateFormOptions } from './mandate-form-options';

const DECISION_LABELS = { title: 'de titel', decidedOn: 'de datum van het besluit', decidedBy: 'wie besloot' };

/** Which of the page's two forms was sent, with what was typed in it. */
type Sent = { readonly form: 'decision' | 'grant'; readonly values: PostedForm; readonly errors: PageFieldError[] };

/**
 * /mandaten/nieuw, the registrar's page (ui.md): first register the decision
 * document (Awb 10:5), then grant the mandate resting on it. Both go through
 * the WritePipeline with the API's commands; a refusal shows the rule in
 * Dutch beside its field and keeps what was typed.
 */
@WebPageController('mandaten/nieuw')
export class NewMandateController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly writes: FormWrites,
    private readonly options: MandateFormOptions,
  ) {}

  @Get()
  @SignedInPage('registrar')
  form(@Query() query: PostedForm, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const grant = { decision: query.besluit ?? '', kind: 'mandaat', scope: 'general' };
    return this.show(reply, 200, session, { form: 'grant', values: grant, errors: [] }, writtenNotice(query), query.terug);
  }

  @Post('besluit')
  @SignedInPage('registrar')
  async registerDecision(@Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const errors = requiredErrors(form, DECISION_LABELS);
    if (errors.length > 0) return this.show(reply, 400, session, { form: 'decision', values: form, errors }, undefined, form.terug);
    const decidedBy = (textOf(form, 'decidedBy') ?? '').split(',').map((party) => party.trim()).filter((party) => party !== '');
    const data = { id: textOf(form, 'documentId'), type: textOf(form, 'type') ?? 'mandate-decision', title: textOf(form, 'title')!, decidedOn: textOf(form, 'decidedOn')!, decidedBy, concerns: checkedOf(form, 'concerns') };
    const outcome = await this.writes.submit(request, session, form, { type: RegisterDocumentCommand, data, fields: { ALREADY_EXISTS: 'documentId', UNKNOWN_REFERENCE: 'decidedBy' } });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, { form: 'decision', values: form, errors: outcome.errors.map(onDecisionForm) }, undefined, form.terug);
    const back = form.terug ? safeReturnPath(form.terug) : '/mandaten/nieuw';
    return redirectTo(reply, `${back}${back.includes('?') ? '&' : '?'}besluit=${encodeURIComponent(outcome.result.id)}&vastgelegd=besluit`);
  }

  @Post()
  @SignedInPage('registrar')
  async grant(@Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { data, errors } = mandateTermsOf(form);
    if (textOf(form, 'grantor') === null) errors.unshift({ field: 'grantor', message: 'Vul de mandaatgever in, het orgaan dat de bevoegdheid heeft.' });
    if (errors.length > 0) return this.show(reply, 400, session, { form: 'grant', values: form, errors });
    const outcome = await this.writes.submit(request, session, form, { type: GrantMandateCommand, data: { ...data, grantor: textOf(form, 'grantor')! }, fields: MANDATE_REFUSAL_FIELDS });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, { form: 'grant', values: form, errors: outcome.errors });
    return redirectTo(reply, `/mandaten/${encodeURIComponent(outcome.result.id)}?vastgelegd=mandaat`);
  }

  private async show(reply: FastifyReply, status: number, session: WebSession, sent: Sent, notice?: string, returnTo?: string) {
    const choices = await this.options.choices(session.subject!);
    const grant = formPageData(sent.form === 'grant' ? sent.values : {}, sent.form === 'grant' ? sent.errors : []);
    const decision = formPageData(sent.form === 'decision' ? sent.values : {}, sent.form === 'decision' ? sent.errors : []);
    const data = { ...grant, decision, choices, notice, returnTo: returnTo === undefined ? '' : safeReturnPath(returnTo) };
    return sendHtml(reply, status, this.renderer.render('mandate-forms/new-mandate', pageModel('Nieuw mandaat', session, data, sent.errors)));
  }
}

/** The register names a document's own id `id`; on this page that field is documentId. */
function onDecisionForm(error: PageFieldError): PageFieldError {
  return error.field === 'id' ? { ...error, field: 'documentId' } : error;
}
