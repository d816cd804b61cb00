import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { ListPowersQuery } from './list-powers.query';
import { ListPowersRequestDto } from './list-powers.request.dto';
import { PowerListResponseDto } from './power-list.response.dto';

@ApiTags('powers')
@Controller('powers')
export class ListPowersController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The power catalogue as known at knownAt, by id, a page at a time',
    description: 'Every role sees the whole catalogue: it is the law\'s and names no municipality. validOn and axis are validated but do not filter.',
  })
  @ApiOkResponse({ type: PowerListResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(@Query() query: ListPowersRequestDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<PowerListResponseDto> {
    const { q, holder, mandatable, ...paging } = query;
    const filter = { q, holder, mandatable: mandatable === undefined ? undefined : mandatable === 'true' };
    return PowerListResponseDto.of(await this.queryBus.execute(new ListPowersQuery({ filter, paging, scope: readScopeOf(subject) })));
  }
}
