import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { ListParticipantsQuery } from './list-participants.query';
import { ParticipantListEntryResponseDto } from './participant-list-entry.response.dto';

/**
 * The participants are reference data: every role reads the whole list, an
 * auditor included, since which municipalities take part is public (the
 * arrangement names them) and an auditor needs it to judge any mandate.
 */
@ApiTags('participants')
@Controller('participants')
export class ListParticipantsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The participants as known at knownAt, by municipality, one entry per membership (those that left included)',
    description: 'validOn and axis are validated but do not filter: the list is the membership list with its dates.',
  })
  @ApiOkResponse({ type: [ParticipantListEntryResponseDto] })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(@Query() query: TemporalQueryDto): Promise<ParticipantListEntryResponseDto[]> {
    return ParticipantListEntryResponseDto.listOf(await this.queryBus.execute(new ListParticipantsQuery(query)));
  }
}
