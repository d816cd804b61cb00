import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { ListMandatesQuery } from './list-mandates.query';
import { ListMandatesRequestDto } from './list-mandates.request.dto';
import { MandateListResponseDto } from './mandate-list.response.dto';

@ApiTags('mandates')
@Controller('mandates')
export class ListMandatesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The mandates as known at knownAt, by id, each with its status on validOn, a page at a time',
    description:
      'An auditor sees the mandates that concern their municipalities (grantor, grantee or one it is for). With `status`, ' +
      'a page may hold fewer than `limit` items and still have a nextCursor: the status is derived per mandate, and a page looks at a bounded number.',
  })
  @ApiOkResponse({ type: MandateListResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(@Query() query: ListMandatesRequestDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<MandateListResponseDto> {
    const { grantor, grantee, power, municipality, status, parent, ...paging } = query;
    const filter = { grantor, grantee, power, municipality, status, parent };
    return MandateListResponseDto.of(await this.queryBus.execute(new ListMandatesQuery({ filter, paging, scope: readScopeOf(subject) })));
  }
}
