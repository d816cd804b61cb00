import { Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { readScopeOf } from '../../auth/read-scope';
import { ListPendingPublicationsQuery } from '../../documents/pending-publications/list-pending-publications.query';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { mayRecordPublications } from '../shared/page-roles';
import { pageModel } from '../shared/page-model';
import { sendDownload, sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import * as texts from '../shared/register-texts';
import { WebPageController } from '../shared/web-page.decorator';
import { type WorkListRow, workListCsv, workListRow } from './publication-work-list';

type Filter = Record<string, string | undefined>;

/**
 * /publicaties: the publication officers' work list (ui.md), the decisions
 * still to be brought into force, filtered by who must publish, and as CSV.
 * Each row leads to the form that records its publication.
 */
@WebPageController('publicaties')
export class PublicationsPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @SignedInPage()
  async workList(@Query() filter: Filter, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const publisher = filter.publisher?.trim() || undefined;
    const { rows, publishers } = await this.rows(session, publisher);
    const data = { rows, publishers, publisher: publisher ?? '', texts, mayRecord: mayRecordPublications(session.subject!), csvQuery: publisher ? `?publisher=${encodeURIComponent(publisher)}` : '' };
    return sendHtml(reply, 200, this.renderer.render('publications/publications', pageModel('Publicaties', session, data)));
  }

  @Get('werklijst.csv')
  @SignedInPage()
  async csv(@Query() filter: Filter, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const { rows } = await this.rows(session, filter.publisher?.trim() || undefined);
    return sendDownload(reply, 'text/csv; charset=utf-8', 'publicatie-werklijst.csv', workListCsv(rows));
  }

  /** The work list as the API's query answers it for this user, and the organs that must publish something on it. */
  private async rows(session: WebSession, publisher: string | undefined): Promise<{ rows: WorkListRow[]; publishers: string[] }> {
    const pending = await this.queryBus.execute(new ListPendingPublicationsQuery({}, readScopeOf(session.subject!)));
    const all = pending.map(workListRow);
    const publishers = [...new Set(all.map((row) => row.publisher))].sort();
    return { rows: publisher === undefined ? all : all.filter((row) => row.publisher === publisher), publishers };
  }
}
