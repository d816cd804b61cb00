import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { AccessLogEntryResponseDto } from './access-log-entry.response.dto';
import { AccessLogQueryDto } from './access-log.request.dto';
import { GetAccessLogQuery } from './get-access-log.query';

/** GET /audit/access-log (api.md "Audit"; BIO 12.4): who read what concerning a municipality. */
@ApiTags('audit')
@Controller('audit/access-log')
export class AccessLogController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'Every authenticated read of the API and the pages that concerned the municipality, oldest first',
    description:
      'For a registrar, and for an auditor of that municipality; anyone else gets 404. A read concerns a municipality when its path or query names it ' +
      '(also inside an organ or function id) or its answer shows its code. `from` and `until` are Dutch calendar days, both inclusive.',
  })
  @ApiOkResponse({ type: [AccessLogEntryResponseDto] })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async list(@Query() query: AccessLogQueryDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<AccessLogEntryResponseDto[]> {
    const rows = await this.queryBus.execute(new GetAccessLogQuery(query.municipality, query.from, query.until, subject));
    return rows.map(AccessLogEntryResponseDto.of);
  }
}
