import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CorrectMandateCommand } from '../../mandates/correct-mandate/correct-mandate.command';
import { GrantSubMandateCommand } from '../../mandates/grant-sub-mandate/grant-sub-mandate.command';
import { RevokeMandateCommand } from '../../mandates/revoke-mandate/revoke-mandate.command';
import { FormWrites } from '../forms/form-writes';
import { formPageData, requiredErrors } from '../forms/form-page';
import { type PostedForm, textOf } from '../forms/posted-form';
import { SignedInPage } from '../session/page-access.decorator';
import { PageNotFoundError } from '../session/page-errors';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { type PageFieldError, pageModel } from '../shared/page-model';
import { redirectTo, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';
import { writtenNotice } from '../shared/written-notice';
import { isRegisterId } from '../../http/validation';
import { MANDATE_REFUSAL_FIELDS, mandateTermsOf } from './mandate-form';
import { MandateFormOptions } from './mandate-form-options';
import { correctionValueOf } from './mandate-correction';

type Action = 'ondermandaat' | 'intrekken' | 'corrigeren';

const TITLES: Readonly<Record<Action, string>> = { ondermandaat: 'Ondermandaat verlenen', intrekken: 'Mandaat intrekken', corrigeren: 'Mandaat corrigeren' };
const REVOKE_LABELS = { decision: 'het kenmerk van het intrekkingsbesluit', validUntil: 'de eerste dag waarop het mandaat niet meer geldt' };
const CORRECT_LABELS = { reason: 'de reden van de correctie' };

/**
 * The registrar's actions on a mandate (ui.md): grant a sub-mandate under it,
 * revoke it, correct a wrongly recorded value. The mandate's page links here;
 * each is a form page of its own, through the WritePipeline like the API.
 */
@WebPageController('mandaten/:kenmerk')
export class MandateActionsController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly writes: FormWrites,
    private readonly options: MandateFormOptions,
  ) {}

  @Get(':actie')
  @SignedInPage('registrar')
  form(@Param('kenmerk') id: string, @Param('actie') action: string, @Query() query: PostedForm, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const known = actionOf(id, action);
    const values = known === 'ondermandaat' ? { kind: 'mandaat', scope: 'general' } : known === 'corrigeren' ? { field: 'validFrom' } : {};
    return this.show(reply, 200, session, id, known, { ...values, decision: query.besluit ?? '' }, [], writtenNotice(query));
  }

  @Post('ondermandaat')
  @SignedInPage('registrar')
  async subMandate(@Param('kenmerk') id: string, @Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { data, errors } = mandateTermsOf(form);
    if (errors.length > 0) return this.show(reply, 400, session, id, 'ondermandaat', form, errors);
    const outcome = await this.writes.submit(request, session, form, { type: GrantSubMandateCommand, data: { ...data, parentMandateId: knownMandateId(id) }, fields: MANDATE_REFUSAL_FIELDS });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, id, 'ondermandaat', form, outcome.errors);
    return redirectTo(reply, `/mandaten/${encodeURIComponent(outcome.result.id)}?vastgelegd=ondermandaat`);
  }

  @Post('intrekken')
  @SignedInPage('registrar')
  async revoke(@Param('kenmerk') id: string, @Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const errors = requiredErrors(form, REVOKE_LABELS);
    if (errors.length > 0) return this.show(reply, 400, session, id, 'intrekken', form, errors);
    const data = { mandateId: knownMandateId(id), decision: textOf(form, 'decision')!, validUntil: textOf(form, 'validUntil')! };
    const outcome = await this.writes.submit(request, session, form, { type: RevokeMandateCommand, data, fields: { UNKNOWN_REFERENCE: 'decision' } });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, id, 'intrekken', form, outcome.errors);
    return redirectTo(reply, `/mandaten/${encodeURIComponent(id)}?vastgelegd=intrekking`);
  }

  @Post('corrigeren')
  @SignedInPage('registrar')
  async correct(@Param('kenmerk') id: string, @Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const field = textOf(form, 'field') ?? '';
    const { value, errors } = correctionValueOf(field, form);
    errors.push(...requiredErrors(form, CORRECT_LABELS));
    if (errors.length > 0) return this.show(reply, 400, session, id, 'corrigeren', form, errors);
    const data = { mandateId: knownMandateId(id), field, value, reason: textOf(form, 'reason')!, evidence: textOf(form, 'evidence') };
    // A corrected value is checked as if the mandate had been granted with it (domain.md): every refusal concerns the value.
    const outcome = await this.writes.submit(request, session, form, { type: CorrectMandateCommand, data, fields: { CORRECTION_CHANGES_LEGAL_CONTENT: 'field', ...VALUE_REFUSALS } });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, id, 'corrigeren', form, outcome.errors.map((error) => (error.field === field ? { ...error, field: 'value' } : error)));
    return redirectTo(reply, `/mandaten/${encodeURIComponent(id)}?vastgelegd=correctie`);
  }

  private async show(reply: FastifyReply, status: number, session: WebSession, id: string, action: Action, values: PostedForm, errors: PageFieldError[], notice?: string) {
    const choices = action === 'ondermandaat' ? await this.options.choices(session.subject!) : { powers: [], municipalities: [] };
    const data = { ...formPageData(values, errors), choices, mandateId: id, action, notice };
    return sendHtml(reply, status, this.renderer.render(`mandate-forms/${action}`, pageModel(`${TITLES[action]}: ${id}`, session, data, errors)));
  }
}

const VALUE_REFUSALS = Object.fromEntries(
  ['INVALID_PERIOD', 'SUBMANDATE_EXCEEDS_PARENT', 'DECISION_NOT_OF_GRANTOR', 'DOCUMENT_TYPE_MISMATCH', 'UNKNOWN_REFERENCE', 'DECISION_DOCUMENT_REQUIRED', 'CHRONOLOGY', 'NOT_A_PARTICIPANT', 'GRANTOR_NOT_COMPETENT'].map((code) => [code, 'value']),
);

/** The action of a page path, or NotFound for a mandate id or an action no page has. */
function actionOf(id: string, action: string): Action {
  if (!(action in TITLES)) throw new PageNotFoundError(`/mandaten/${id}/${action}`);
  knownMandateId(id);
  return action as Action;
}

function knownMandateId(id: string): string {
  if (!isRegisterId(id)) throw new PageNotFoundError(`/mandaten/${id}`);
  return id;
}
