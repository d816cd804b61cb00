import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../auth/authenticated-subject';
import { CurrentSubject } from '../auth/current-subject.decorator';
import { readScopeOf } from '../auth/read-scope';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator';
import { AuthorityQueryDto } from './authority-query.dto';
import { AuthorityResponseDto } from './authority.response.dto';
import { GetAuthorityQuery } from './get-authority.query';

/** The question the register exists for: may this actor exercise this power for this municipality on validOn? */
@ApiTags('authority')
@Controller('authority')
export class AuthorityController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'Whether the actor may exercise the power for the municipality on validOn, as known at knownAt',
    description:
      '`chain` runs from the organ holding the power to the actor: the chain that authorises, else the nearest one found. ' +
      '`reason` says why not; `flags` qualify a yes. An actor, power or municipality the register does not know is a 404 naming it; ' +
      'an auditor asking about another municipality gets the plain 404 of anything out of scope.',
  })
  @ApiOkResponse({ type: AuthorityResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async ask(@Query() query: AuthorityQueryDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<AuthorityResponseDto> {
    const { amount, ...asked } = query;
    const parameters = { ...asked, ...(amount === undefined ? {} : { amount: Number(amount) }) };
    const answer = await this.queryBus.execute(new GetAuthorityQuery(parameters, readScopeOf(subject)));
    return AuthorityResponseDto.of(answer);
  }
}
