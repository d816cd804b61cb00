import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { AmendmentParamsDto } from '../shared/amendment-params.dto';
import { ApproveAmendmentCommand } from './approve-amendment.command';
import { ApproveAmendmentRequestDto } from './approve-amendment.request.dto';
import { ApproveAmendmentResponseDto } from './approve-amendment.response.dto';

@ApiTags('documents')
@Controller('documents')
export class ApproveAmendmentController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/amendments/:amendmentId/approvals')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Record that an organ approved the amendment; it must be a party (agreement) or a participating college (charter, arrangement)' })
  @ApiCreatedResponse({ type: ApproveAmendmentResponseDto })
  @ApiProblemResponses(
    ...UPDATE_PROBLEMS,
    'ALREADY_EXISTS',
    'UNKNOWN_REFERENCE',
    'DOCUMENT_NOT_AMENDABLE',
    'AMENDMENT_ALREADY_ADOPTED',
    'APPROVER_NOT_A_PARTY',
    'NOT_A_PARTICIPANT',
    'CHRONOLOGY',
  )
  async approve(
    @Param() params: AmendmentParamsDto,
    @Body() body: ApproveAmendmentRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<ApproveAmendmentResponseDto> {
    const { organ, decision, approvedOn } = body;
    const data = { documentId: params.id, amendmentId: params.amendmentId, organ, decision: decision ?? null, approvedOn: approvedOn ?? null };
    return this.writes.execute(request, ApproveAmendmentCommand, data);
  }
}
