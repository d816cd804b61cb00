import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { GetMandateQuery } from './get-mandate.query';
import { MandateResponseDto } from './mandate.response.dto';

/**
 * One mandate; every role may read it, an auditor only when it concerns one
 * of their municipalities (GR SZMH arts. 11, 12), else 404 as if it did not exist.
 */
@ApiTags('mandates')
@Controller('mandates')
export class GetMandateController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'The mandate {id} as known at knownAt, with its status on validOn and whether it is in force then',
    description:
      'status is `lapsed` when a municipality it or a mandate above it involves has left, or a mandate above it ended; ' +
      'on axis=inForce a mandate whose decision (or one above it) is not yet in force is `not-yet-valid`. ' +
      'inForce is true exactly when the status on the inForce axis is `valid`.',
  })
  @ApiOkResponse({ type: MandateResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async get(
    @Param() params: MandateParamsDto,
    @Query() query: TemporalQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
  ): Promise<MandateResponseDto> {
    const mandate = await this.queryBus.execute(new GetMandateQuery(params.id, query, readScopeOf(subject)));
    return MandateResponseDto.of(mandate);
  }
}
