import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { FunctionListResponseDto } from './function-list.response.dto';
import { ListFunctionsQuery } from './list-functions.query';
import { ListFunctionsRequestDto } from './list-functions.request.dto';

@ApiTags('functions')
@Controller('functions')
export class ListFunctionsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The functions as known at knownAt, by id, a page at a time',
    description: 'An auditor sees the functions of their municipalities. validOn and axis are validated but do not filter.',
  })
  @ApiOkResponse({ type: FunctionListResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(@Query() query: ListFunctionsRequestDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<FunctionListResponseDto> {
    const { q, municipality, ...paging } = query;
    return FunctionListResponseDto.of(await this.queryBus.execute(new ListFunctionsQuery({ filter: { q, municipality }, paging, scope: readScopeOf(subject) })));
  }
}
