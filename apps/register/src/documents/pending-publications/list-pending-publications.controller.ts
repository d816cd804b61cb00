import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { ListPendingPublicationsQuery } from './list-pending-publications.query';
import { PendingPublicationResponseDto } from './pending-publication.response.dto';

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
    summary: 'The decisions registered but not yet published as known at knownAt, by decision date, each with the organ that must publish it',
    description: 'validOn and axis are validated but do not filter: a decision must be published whatever period its rules apply to.',
  })
  @ApiOkResponse({ type: [PendingPublicationResponseDto] })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(@Query() query: TemporalQueryDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<PendingPublicationResponseDto[]> {
    const entries = await this.queryBus.execute(new ListPendingPublicationsQuery(query, readScopeOf(subject)));
    return PendingPublicationResponseDto.listOf(entries);
  }
}
