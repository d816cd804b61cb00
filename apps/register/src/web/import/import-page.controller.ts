import { Body, Get, Inject, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '../../write-side/clock';
import { WorkbookExport } from '../../workbook/export/workbook-export';
import { writeWorkbook } from '../../workbook/export/workbook-writer';
import { type ImportReport, WorkbookImport } from '../../workbook/import/workbook-import';
import { readWorkbookFiles, UnreadableWorkbookError, type WorkbookFile } from '../../workbook/reading/read-workbook-file';
import type { WorkbookContent } from '../../workbook/reading/workbook-content';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import type { UploadedFile } from '../shared/multipart-body.parser';
import { pageModel, type PageFieldError } from '../shared/page-model';
import { redirectTo, sendDownload, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { WebPageController } from '../shared/web-page.decorator';
import { ImportUploadStore } from './import-upload.store';
import { type ImportView, importView } from './import-view';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE_FIELD = 'bestand';

/**
 * `/inlezen`, for registrars (issue 15): upload a register kept in the
 * template, see its problems row by row (the import's dry run, nothing
 * written), and apply it once it has none, through the same import as the
 * command line's; the empty template and the register itself as downloads.
 */
@WebPageController('inlezen')
@SignedInPage('registrar')
export class ImportPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly workbooks: WorkbookImport,
    private readonly exports: WorkbookExport,
    private readonly uploads: ImportUploadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  page(@Query('geschreven') written: string | undefined, @Query('aanwezig') present: string | undefined, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const applied = written === undefined ? undefined : { written: Number(written) || 0, present: Number(present) || 0 };
    return this.render(reply, 200, session, { stage: applied === undefined ? 'start' : 'applied', applied });
  }

  @Post()
  async check(@Body() body: Record<string, string | UploadedFile[]>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const files = Array.isArray(body[FILE_FIELD]) ? body[FILE_FIELD] : [];
    if (files.length === 0) return this.render(reply, 400, session, { stage: 'start' }, [{ field: FILE_FIELD, message: 'Kies een werkmap (.xlsx) of CSV-bestanden om in te lezen.' }]);
    const read = await this.read(files);
    if ('error' in read) return this.render(reply, 400, session, { stage: 'start' }, [{ field: FILE_FIELD, message: read.error }]);
    const report = await this.workbooks.check(read.content);
    const uploadId = report.problems.length === 0 ? await this.uploads.keep(session.subject!.sub, files, this.clock.now()) : undefined;
    return this.render(reply, 200, session, { stage: 'checked', report, fileNames: files.map((f) => f.name), uploadId });
  }

  @Post('toepassen')
  async apply(@Body() body: Record<string, string>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const files = typeof body.upload === 'string' ? await this.uploads.find(body.upload, session.subject!.sub, this.clock.now()) : undefined;
    if (files === undefined) return this.render(reply, 400, session, { stage: 'start' }, [{ field: FILE_FIELD, message: 'Deze controle is verlopen of niet van u; lees de werkmap opnieuw in.' }]);
    const read = await this.read(files);
    if ('error' in read) throw new Error(`An upload that was read before is unreadable now: ${read.error}`);
    const report: ImportReport = await this.workbooks.apply(read.content, session.subject!.sub);
    if (report.problems.length > 0) return this.render(reply, 200, session, { stage: 'checked', report, fileNames: files.map((f) => f.name) });
    await this.uploads.forget(body.upload);
    return redirectTo(reply, `/inlezen?geschreven=${report.written}&aanwezig=${report.present}`);
  }

  @Get('sjabloon.xlsx')
  async template(@Res() reply: FastifyReply) {
    return sendDownload(reply, XLSX, 'sjabloon-mandaatregister.xlsx', Buffer.from(await writeWorkbook()));
  }

  @Get('register.xlsx')
  async download(@Res() reply: FastifyReply) {
    return sendDownload(reply, XLSX, `mandaatregister-${this.clock.today()}.xlsx`, Buffer.from(await this.exports.workbook()));
  }

  private async read(files: readonly WorkbookFile[]): Promise<{ content: WorkbookContent } | { error: string }> {
    try {
      return { content: await readWorkbookFiles(files) };
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) return { error: `${error.message}.` };
      throw error;
    }
  }

  private render(reply: FastifyReply, status: number, session: WebSession, view: Omit<ImportView, 'problems' | 'summary'> & { report?: ImportReport }, errors: PageFieldError[] = []) {
    return sendHtml(reply, status, this.renderer.render('import/import', pageModel('Register inlezen', session, importView(view), errors)));
  }
}
