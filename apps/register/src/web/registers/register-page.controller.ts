import { Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { RegisterDirection } from '@register/projections';
import type { FastifyReply } from 'fastify';
import { readScopeOf } from '../../auth/read-scope';
import { isOrganId, isPartyId } from '../../http/validation';
import { GetRegisterQuery, type RegisterView } from '../../registers/get-register.query';
import { writeRegisterCsv } from '../../registers/register-csv.writer';
import { CLOCK, type Clock } from '../../write-side/clock';
import { PageNotFoundError } from '../session/page-errors';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { partyName } from '../shared/dutch-format';
import { pageModel } from '../shared/page-model';
import { sendDownload, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import { temporalPageData, temporalQueryString } from '../shared/temporal-form';
import { parseTemporalFields } from '../shared/temporal-fields';
import { WebPageController } from '../shared/web-page.decorator';
import { RegisterPdf } from './register.pdf';

const TITLES: Readonly<Record<RegisterDirection, { title: string; article: string }>> = {
  granted: { title: 'Verleende mandaten', article: 'GR SZMH art. 5 lid 3' },
  received: { title: 'Ontvangen mandaten', article: 'GR SZMH art. 5 lid 5' },
};

/**
 * The registers of GR SZMH art. 5 lid 3 (/registers/{organ}) and lid 5
 * (/registers/{organ}/ontvangen) as tables, with the time fields and the CSV
 * and PDF downloads of the same question.
 */
@WebPageController('registers')
export class RegisterPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queryBus: QueryBus,
    private readonly pdf: RegisterPdf,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':orgaan')
  @SignedInPage()
  granted(@Param('orgaan') organ: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.page('granted', organ, raw, session, reply);
  }

  @Get(':orgaan/ontvangen')
  @SignedInPage()
  received(@Param('orgaan') organ: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.page('received', organ, raw, session, reply);
  }

  @Get(':orgaan/register.csv')
  @SignedInPage()
  grantedCsv(@Param('orgaan') organ: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.download('granted', organ, raw, session, reply, 'csv');
  }

  @Get(':orgaan/ontvangen/register.csv')
  @SignedInPage()
  receivedCsv(@Param('orgaan') organ: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.download('received', organ, raw, session, reply, 'csv');
  }

  @Get(':orgaan/register.pdf')
  @SignedInPage()
  grantedPdf(@Param('orgaan') organ: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.download('granted', organ, raw, session, reply, 'pdf');
  }

  @Get(':orgaan/ontvangen/register.pdf')
  @SignedInPage()
  receivedPdf(@Param('orgaan') organ: string, @Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    return this.download('received', organ, raw, session, reply, 'pdf');
  }

  private async page(direction: RegisterDirection, organ: string, raw: Record<string, unknown>, session: WebSession, reply: FastifyReply) {
    const { fields, errors } = parseTemporalFields(raw, this.clock.now());
    const register = await this.register(direction, organ, fields, session);
    const base = `/registers/${encodeURIComponent(organ)}${direction === 'received' ? '/ontvangen' : ''}`;
    const query = temporalQueryString(fields);
    const data = { register, heading: TITLES[direction], organName: partyName(organ), ...temporalPageData(fields, base), csv: `${base}/register.csv?${query}`, pdf: `${base}/register.pdf?${query}` };
    const model = pageModel(`${TITLES[direction].title}: ${partyName(organ)}`, session, data, errors);
    return sendHtml(reply, errors.length > 0 ? 400 : 200, this.renderer.render('registers/register', model));
  }

  private async download(direction: RegisterDirection, organ: string, raw: Record<string, unknown>, session: WebSession, reply: FastifyReply, kind: 'csv' | 'pdf') {
    const { fields } = parseTemporalFields(raw, this.clock.now());
    const register = await this.register(direction, organ, fields, session);
    const name = `register-${direction === 'granted' ? 'verleend' : 'ontvangen'}-${organ}-${fields.validOn}.${kind}`;
    if (kind === 'csv') return sendDownload(reply, 'text/csv; charset=utf-8', name, writeRegisterCsv(register.entries));
    const { title, article } = TITLES[direction];
    return sendDownload(reply, 'application/pdf', name, await this.pdf.render(register, `${title}: ${partyName(organ)}`, article));
  }

  private register(direction: RegisterDirection, organ: string, fields: ReturnType<typeof parseTemporalFields>['fields'], session: WebSession): Promise<RegisterView> {
    // Only an organ grants an original mandate; a function may receive one (api.md).
    if (!(direction === 'granted' ? isOrganId(organ) : isPartyId(organ))) throw new PageNotFoundError(organ);
    return this.queryBus.execute(new GetRegisterQuery(organ, direction, fields, readScopeOf(session.subject!)));
  }
}
