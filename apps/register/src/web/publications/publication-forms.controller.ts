import { Body, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CorrectPublicationCommand } from '../../documents/correct-publication/correct-publication.command';
import { PublishDecisionCommand } from '../../documents/publish-decision/publish-decision.command';
import { FormWrites } from '../forms/form-writes';
import { formPageData, requiredErrors } from '../forms/form-page';
import { type PostedForm, textOf } from '../forms/posted-form';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { type PageFieldError, pageModel } from '../shared/page-model';
import { redirectTo, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';

const RECORD_LABELS = { document: 'het kenmerk van het document', publicationId: 'het publicatienummer', publishedOn: 'de datum van bekendmaking', inForceFrom: 'de datum van inwerkingtreding' };
const CORRECT_LABELS = { document: 'het kenmerk van het document', publicationId: 'het publicatienummer zoals vastgelegd', value: 'de juiste waarde', reason: 'de reden' };

/**
 * The publication officer's forms (ui.md /publicaties): record a
 * publication, and correct one recorded wrongly (the old record stays in the
 * history and under an earlier knownAt). Both go through the WritePipeline
 * with the same commands as the API; a refusal shows the rule beside its field.
 */
@WebPageController('publicaties')
export class PublicationFormsController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly writes: FormWrites,
  ) {}

  @Get('vastleggen')
  @SignedInPage('publication-officer', 'registrar')
  recordForm(@Query() query: PostedForm, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.show(reply, 200, session, 'record', { medium: 'gemeenteblad', ...query }, []);
  }

  @Post('vastleggen')
  @SignedInPage('publication-officer', 'registrar')
  async record(@Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const missing = requiredErrors(form, RECORD_LABELS);
    if (missing.length > 0) return this.show(reply, 400, session, 'record', form, missing);
    const documentId = textOf(form, 'document')!;
    const data = {
      documentId,
      amendmentId: textOf(form, 'amendmentId'),
      medium: textOf(form, 'medium') ?? 'gemeenteblad',
      publicationId: textOf(form, 'publicationId')!,
      publishedOn: textOf(form, 'publishedOn')!,
      inForceFrom: textOf(form, 'inForceFrom')!,
      publisher: textOf(form, 'publisher'),
    };
    const outcome = await this.writes.submit(request, session, form, { type: PublishDecisionCommand, data, fields: { UNKNOWN_REFERENCE: 'document', DOCUMENT_TYPE_MISMATCH: 'document' } });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, 'record', form, outcome.errors);
    return redirectTo(reply, `/documenten/${encodeURIComponent(documentId)}?vastgelegd=publicatie#publicaties`);
  }

  @Get('corrigeren')
  @SignedInPage('publication-officer', 'registrar')
  correctionForm(@Query() query: PostedForm, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.show(reply, 200, session, 'correct', { field: 'publicationId', ...query }, []);
  }

  @Post('corrigeren')
  @SignedInPage('publication-officer', 'registrar')
  async correct(@Body() form: PostedForm, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const missing = requiredErrors(form, CORRECT_LABELS);
    if (missing.length > 0) return this.show(reply, 400, session, 'correct', form, missing);
    const documentId = textOf(form, 'document')!;
    const field = textOf(form, 'field') ?? 'publicationId';
    const data = { documentId, publicationId: textOf(form, 'publicationId')!, field, value: textOf(form, 'value')!, reason: textOf(form, 'reason')! };
    // The rules of a new publication apply to the corrected value: their refusals belong beside the value.
    const fields = { INVALID_PUBLICATION_ID: 'value', DUPLICATE_PUBLICATION: 'value', IN_FORCE_BEFORE_PUBLICATION: 'value', CHRONOLOGY: 'value', UNKNOWN_REFERENCE: 'publicationId' };
    const outcome = await this.writes.submit(request, session, form, { type: CorrectPublicationCommand, data, fields });
    if (outcome.kind === 'refused') return this.show(reply, 422, session, 'correct', form, outcome.errors);
    return redirectTo(reply, `/documenten/${encodeURIComponent(documentId)}?vastgelegd=correctie#publicaties`);
  }

  private show(reply: FastifyReply, status: number, session: WebSession, form: 'record' | 'correct', values: PostedForm, errors: PageFieldError[]) {
    const title = form === 'record' ? 'Publicatie vastleggen' : 'Publicatie corrigeren';
    const html = this.renderer.render(`publications/${form === 'record' ? 'record' : 'correct'}-publication`, pageModel(title, session, formPageData(values, errors), errors));
    return sendHtml(reply, status, html);
  }
}
