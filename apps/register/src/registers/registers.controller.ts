import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyRole } from '../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../auth/authenticated-subject';
import { CurrentSubject } from '../auth/current-subject.decorator';
import { readScopeOf } from '../auth/read-scope';
import { TemporalQueryDto } from '../http/validation/temporal-query.dto';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator';
import { GetRegisterQuery } from './get-register.query';
import { writeRegisterCsv } from './register-csv.writer';
import { GrantedRegisterParamsDto, ReceivedRegisterParamsDto } from './register-params.dto';
import { RegisterResponseDto } from './register.response.dto';

const CSV = 'text/csv';
const CSV_NOTE = 'With `Accept: text/csv`: a header row and one row per entry and power, lists joined by `;`, null as an empty field.';

/**
 * The mandate registers (GR SZMH art 5 lid 3 and lid 5); every role may read
 * them, an auditor only the entries that concern their municipalities.
 */
@ApiTags('registers')
@Controller('registers')
export class RegistersController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':organ')
  @AnyRole()
  @ApiOperation({ summary: 'Art 5 lid 3: the mandates the organ granted and every sub-mandate below them, valid (or in force) on validOn', description: CSV_NOTE })
  @ApiProduces('application/json', CSV)
  @ApiOkResponse({ type: RegisterResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  granted(
    @Param() params: GrantedRegisterParamsDto,
    @Query() query: TemporalQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegisterResponseDto | string> {
    return this.answer(new GetRegisterQuery(params.organ, 'granted', query, readScopeOf(subject)), request, reply);
  }

  @Get(':organ/received')
  @AnyRole()
  @ApiOperation({ summary: 'Art 5 lid 5: the mandates granted to the organ and every sub-mandate below them, valid (or in force) on validOn', description: CSV_NOTE })
  @ApiProduces('application/json', CSV)
  @ApiOkResponse({ type: RegisterResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  received(
    @Param() params: ReceivedRegisterParamsDto,
    @Query() query: TemporalQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegisterResponseDto | string> {
    return this.answer(new GetRegisterQuery(params.organ, 'received', query, readScopeOf(subject)), request, reply);
  }

  /** JSON unless the client prefers CSV: `accepts` picks the first listed type for no Accept header or `*\/*`. */
  private async answer(query: GetRegisterQuery, request: FastifyRequest, reply: FastifyReply): Promise<RegisterResponseDto | string> {
    const register = await this.queryBus.execute(query);
    if (request.accepts().type(['application/json', CSV]) !== CSV) return RegisterResponseDto.of(register);
    void reply.type(`${CSV}; charset=utf-8`);
    return writeRegisterCsv(register.entries);
  }
}
