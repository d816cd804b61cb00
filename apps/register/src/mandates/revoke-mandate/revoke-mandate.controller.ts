import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { RevokeMandateCommand } from './revoke-mandate.command';
import { RevokeMandateRequestDto } from './revoke-mandate.request.dto';

@ApiTags('mandates')
@Controller('mandates')
export class RevokeMandateController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/revocations')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Revoke the mandate {id} from a date (Awb 10:8); its sub-mandates lapse with it' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the revoked mandate's" })
  @ApiProblemResponses(
    ...UPDATE_PROBLEMS,
    'UNKNOWN_REFERENCE',
    'ALREADY_REVOKED',
    'DECISION_DOCUMENT_REQUIRED',
    'DOCUMENT_TYPE_MISMATCH',
    'DECISION_NOT_OF_GRANTOR',
    'CHRONOLOGY',
    'INVALID_PERIOD',
    'RETROACTIVE_REVOCATION',
  )
  async revoke(
    @Param() params: MandateParamsDto,
    @Body() body: RevokeMandateRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const data = { mandateId: params.id, decision: body.decision, validUntil: body.validUntil };
    return this.writes.execute(request, RevokeMandateCommand, data);
  }
}
