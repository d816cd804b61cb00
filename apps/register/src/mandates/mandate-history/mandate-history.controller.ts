import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
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
  @ApiOperation({ summary: 'Every event of the mandate {id}, oldest first, corrections included' })
  @ApiOkResponse({ type: [MandateHistoryEntryResponseDto] })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async history(@Param() params: MandateParamsDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<MandateHistoryEntryResponseDto[]> {
    const entries = await this.queryBus.execute(new GetMandateHistoryQuery(params.id, subject));
    return MandateHistoryEntryResponseDto.listOf(entries);
  }
}
