import { Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { noteReadItems } from '../../audit/access-log/read-answer';
import { AuditExportQuery } from '../../audit/audit-export/audit-export.query';
import { GetLatestCheckpointQuery } from '../../audit/log-checkpoint/get-latest-checkpoint.query';
import { CLOCK, type Clock } from '../../write-side/clock';
import { SignedInPage } from '../session/page-access.decorator';
import { PageNotFoundError } from '../session/page-errors';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { municipalityLabel } from '../shared/dutch-format';
import { pageModel } from '../shared/page-model';
import { sendDownload, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';
import { type AuditQuestion, auditableBy, parseAuditForm } from './audit-form';
import { AuditPageReader } from './audit-page.reader';

/**
 * /audit (ui.md): for the rekenkamer and accountant of a partner, and for
 * registrars, everything that concerns one municipality over a period, the
 * latest signed checkpoint, the audit bundle to download and who read what.
 * Anyone else, and an auditor asking about another municipality, gets the
 * "niet gevonden" page, as the API answers them 404.
 */
@WebPageController('audit')
export class AuditPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly reader: AuditPageReader,
    private readonly queryBus: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @SignedInPage()
  async page(@Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const subject = session.subject!;
    const parsed = parseAuditForm(raw, subject, this.clock.now());
    if (parsed.kind === 'not-found') throw new PageNotFoundError('Nothing to audit for this user');
    const municipalities = auditableBy(subject).map((code) => ({ code, name: `${municipalityLabel(code)} (${code})` }));
    const form = parsed.kind === 'question' ? parsed.question : parsed.form;
    const audit = parsed.kind === 'question' ? await this.reader.read(parsed.question, subject, this.clock.now()) : undefined;
    const data = { form, municipalities, audit, municipalityName: municipalityLabel(form.municipality), downloads: downloadsOf(form) };
    const html = this.renderer.render('audit/audit', pageModel('Audit', session, data, parsed.kind === 'invalid' ? parsed.errors : []));
    return sendHtml(reply, parsed.kind === 'invalid' ? 400 : 200, html);
  }

  /** The audit bundle of GET /audit/export, for a page user: the same query, the same ZIP. */
  @Get('bundel.zip')
  @SignedInPage()
  async bundle(@Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const parsed = parseAuditForm(raw, session.subject!, this.clock.now());
    if (parsed.kind !== 'question') throw new PageNotFoundError('A bundle needs a municipality and a period');
    const { municipality, from, until } = parsed.question;
    const bundle = await this.queryBus.execute(new AuditExportQuery(municipality, from, until, undefined, session.subject!));
    noteReadItems(request, bundle.events);
    return sendDownload(reply, 'application/zip', bundle.fileName, Buffer.from(bundle.zip));
  }

  /** The latest signed checkpoint as a file, for the auditor to keep and pass to `verify --since` next time. */
  @Get('controlepunt.txt')
  @SignedInPage('auditor', 'registrar')
  async checkpoint(@Res() reply: FastifyReply) {
    const checkpoint = await this.queryBus.execute(new GetLatestCheckpointQuery());
    return sendDownload(reply, 'text/plain; charset=utf-8', `controlepunt-${checkpoint.treeSize}.txt`, checkpoint.note);
  }
}

function downloadsOf({ municipality, from, until }: AuditQuestion): { bundle: string; checkpoint: string } {
  return { bundle: `/audit/bundel.zip?${new URLSearchParams({ municipality, from, until }).toString()}`, checkpoint: '/audit/controlepunt.txt' };
}
