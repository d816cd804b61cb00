import { Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isRegisterId } from '../../http/validation';
import { CLOCK, type Clock } from '../../write-side/clock';
import { PageNotFoundError } from '../session/page-errors';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { pageModel } from '../shared/page-model';
import { sendHtml } from '../shared/page-reply';
import { shownOrNotFound } from '../shared/shown-or-not-found';
import { PageRenderer } from '../shared/page-renderer';
import * as texts from '../shared/register-texts';
import { temporalPageData } from '../shared/temporal-form';
import { parseTemporalFields } from '../shared/temporal-fields';
import { isRegistrar } from '../shared/page-roles';
import { writtenNotice } from '../shared/written-notice';
import { WebPageController } from '../shared/web-page.decorator';
import { MandatePageReader } from './mandate-page.reader';

/** /mandaten/{id}: a mandate's terms, its status on both axes, the chain above and sub-mandates below, its history. */
@WebPageController('mandaten')
export class MandatePageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly reader: MandatePageReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':kenmerk')
  @SignedInPage()
  async page(@Param('kenmerk') id: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    if (!isRegisterId(id)) throw new PageNotFoundError(id);
    const { fields, errors } = parseTemporalFields(raw, this.clock.now());
    const page = await shownOrNotFound(this.reader.read(id, fields, session.subject!));
    const data = { page, texts, notice: writtenNotice(raw), isRegistrar: isRegistrar(session.subject!), ...temporalPageData(fields, `/mandaten/${encodeURIComponent(id)}`) };
    return sendHtml(reply, errors.length > 0 ? 400 : 200, this.renderer.render('mandates/mandate', pageModel(`Mandaat ${id}`, session, data, errors)));
  }
}
