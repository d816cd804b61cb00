import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { ListPendingPublicationsQuery } from './list-pending-publications.query';
import { PendingPublicationResponseDto } from './pending-publication.response.dto';
import { writePendingPublicationsCsv } from './pending-publications.csv';
import { PendingPublicationsQueryDto } from './pending-publications-query.dto';

const CSV = 'text/csv';

/**
 * The publication officers' work list; every role may read it, an auditor
 * only the decisions that concern their municipalities (GR SZMH arts. 11, 12).
 */
@ApiTags('publications')
@Controller('publications')
export class ListPendingPublicationsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('pending')
  @AnyRole()
  @ApiOperation({
    summary: 'The decisions (and adopted amendments of the arrangement) not yet brought into force by a publication in the right sheet, as known at knownAt',
    description:
      'By decision date, each with the organ that must publish it (`?publisher=` filters on it). A publication in the Staatscourant or another ' +
      "municipality's gemeenteblad leaves a decision on the list (Awb 3:42 lid 1). validOn and axis are validated but do not filter. " +
      'With `Accept: text/csv`: a header row and one row per entry, the concerns joined by `;`, null as an empty field.',
  })
  @ApiProduces('application/json', CSV)
  @ApiOkResponse({ type: [PendingPublicationResponseDto] })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(
    @Query() query: PendingPublicationsQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PendingPublicationResponseDto[] | string> {
    const entries = await this.queryBus.execute(new ListPendingPublicationsQuery(query, readScopeOf(subject)));
    // JSON unless the client prefers CSV, as the registers answer.
    if (request.accepts().type(['application/json', CSV]) !== CSV) return PendingPublicationResponseDto.listOf(entries);
    void reply.type(`${CSV}; charset=utf-8`);
    return writePendingPublicationsCsv(entries);
  }
}
