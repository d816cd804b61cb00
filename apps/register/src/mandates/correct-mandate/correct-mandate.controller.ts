import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { SUB_MANDATE_RULES } from '../shared/grant-rule-problems';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { CorrectMandateCommand } from './correct-mandate.command';
import { CorrectMandateRequestDto } from './correct-mandate.request.dto';

@ApiTags('mandates')
@Controller('mandates')
export class CorrectMandateController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/corrections')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Correct a wrongly recorded detail of the mandate {id}, checked as if it had been granted so' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the corrected mandate's" })
  @ApiProblemResponses(...UPDATE_PROBLEMS, ...SUB_MANDATE_RULES, 'CORRECTION_CHANGES_LEGAL_CONTENT')
  async correct(
    @Param() params: MandateParamsDto,
    @Body() body: CorrectMandateRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const data = { mandateId: params.id, field: body.field, value: body.value, reason: body.reason, evidence: body.evidence ?? null };
    return this.writes.execute(request, CorrectMandateCommand, data);
  }
}
