import { Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DOCUMENT_TYPES, isCalendarDate, isMunicipalityCode } from '@register/domain';
import type { FastifyReply } from 'fastify';
import { readScopeOf } from '../../auth/read-scope';
import { ListDocumentsQuery } from '../../documents/list-documents/list-documents.query';
import { ProblemError } from '../../http/problem/problem.error';
import { SignedInPage } from '../session/page-access.decorator';
import { PageSession } from '../session/page-session';
import type { WebSession } from '../session/web-session';
import { type PageFieldError, pageModel } from '../shared/page-model';
import { sendHtml } from '../shared/page-reply';
import { PageRenderer } from '../shared/page-renderer';
import * as texts from '../shared/register-texts';
import { filledFields } from '../shared/temporal-fields';
import { WebPageController } from '../shared/web-page.decorator';

const FILTERS = ['q', 'type', 'concerns', 'decidedFrom', 'decidedUntil'] as const;
const PAGE_SIZE = 25;

/** /documenten: the documents with filters (ui.md), a page at a time through GET /documents' query handler. */
@WebPageController('documenten')
export class DocumentListPageController {
  constructor(
    private readonly renderer: PageRenderer,
    private readonly queryBus: QueryBus,
  ) {}

  @Get()
  @SignedInPage()
  async list(@Query() raw: Record<string, unknown>, @PageSession() session: WebSession, @Res() reply: FastifyReply) {
    const values = filledFields(raw);
    const errors = filterErrors(values);
    const filter = Object.fromEntries(FILTERS.map((name) => [name, errors.some((error) => error.field === name) ? undefined : values[name]]));
    const scope = readScopeOf(session.subject!);
    // The first page's cursor keeps its moment, so paging on shows the list as it was when the search began.
    const page = await this.queryBus.execute(new ListDocumentsQuery({ filter, paging: { limit: PAGE_SIZE, cursor: values.pagina }, scope })).catch((error: unknown) => {
      // A cursor from another search (filters changed, a link edited): that search from its first page.
      if (error instanceof ProblemError && error.code === 'VALIDATION_FAILED') return this.queryBus.execute(new ListDocumentsQuery({ filter, paging: { limit: PAGE_SIZE }, scope }));
      throw error;
    });
    const next = page.nextCursor === null ? undefined : `/documenten?${new URLSearchParams({ ...definedOnly(filter), pagina: page.nextCursor }).toString()}`;
    const data = { form: Object.fromEntries(FILTERS.map((name) => [name, values[name] ?? ''])), items: page.items, next, texts, types: DOCUMENT_TYPES };
    return sendHtml(reply, errors.length > 0 ? 400 : 200, this.renderer.render('documents/document-list', pageModel('Documenten', session, data, errors)));
  }
}

function filterErrors(values: Record<string, string | undefined>): PageFieldError[] {
  const errors: PageFieldError[] = [];
  for (const field of ['decidedFrom', 'decidedUntil'] as const) {
    if (values[field] !== undefined && !isCalendarDate(values[field])) errors.push({ field, message: 'Vul een bestaande datum in.' });
  }
  if (values.concerns !== undefined && !isMunicipalityCode(values.concerns)) errors.push({ field: 'concerns', message: 'Kies een gemeente.' });
  if (values.type !== undefined && !(DOCUMENT_TYPES as readonly string[]).includes(values.type)) errors.push({ field: 'type', message: 'Kies een soort document.' });
  return errors;
}

function definedOnly(filter: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
