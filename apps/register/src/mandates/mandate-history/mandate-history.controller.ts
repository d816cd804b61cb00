import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { GetMandateHistoryQuery } from './get-mandate-history.query';
import { MandateHistoryEntryResponseDto } from './mandate-history-entry.response.dto';

@ApiTags('mandates')
@Controller('mandates')
export class MandateHistoryController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @AnyRole()
  @ApiOperation({
    summary: 'Every event of the mandate {id} recorded by knownAt, oldest first, corrections included',
    description: 'validOn and axis are validated as on every read but do not filter: the history is the record itself.',
  })
  @ApiOkResponse({ type: [MandateHistoryEntryResponseDto] })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async history(
    @Param() params: MandateParamsDto,
    @Query() query: TemporalQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
  ): Promise<MandateHistoryEntryResponseDto[]> {
    const entries = await this.queryBus.execute(new GetMandateHistoryQuery(params.id, query, subject));
    return MandateHistoryEntryResponseDto.listOf(entries);
  }
}
