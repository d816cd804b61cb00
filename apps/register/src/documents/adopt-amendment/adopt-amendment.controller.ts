import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { AmendmentParamsDto } from '../shared/amendment-params.dto';
import { AdoptAmendmentCommand } from './adopt-amendment.command';
import { AdoptAmendmentRequestDto } from './adopt-amendment.request.dto';
import { AdoptAmendmentResponseDto } from './adopt-amendment.response.dto';

@ApiTags('documents')
@Controller('documents')
export class AdoptAmendmentController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/amendments/:amendmentId/adoption')
  @RequireRoles('registrar')
  @ApiOperation({
    summary: 'Adopt the amendment as the next version of the document: an agreement needs all its parties (GR SZMH art. 8 lid 5), the charter every participating college (art. 13 lid 4)',
  })
  @ApiCreatedResponse({ type: AdoptAmendmentResponseDto })
  @ApiProblemResponses(
    ...UPDATE_PROBLEMS,
    'UNKNOWN_REFERENCE',
    'DOCUMENT_NOT_AMENDABLE',
    'AMENDMENT_ALREADY_ADOPTED',
    'AMENDMENT_REQUIRES_ALL_PARTIES',
    'CHARTER_REQUIRES_UNANIMITY',
    'ARRANGEMENT_REQUIRES_COUNCIL_CONSENT',
    'AGREEMENT_TERM_ENDED',
    'CHRONOLOGY',
  )
  async adopt(
    @Param() params: AmendmentParamsDto,
    @Body() body: AdoptAmendmentRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<AdoptAmendmentResponseDto> {
    const data = { documentId: params.id, amendmentId: params.amendmentId, adoptedOn: body.adoptedOn ?? null };
    return this.writes.execute(request, AdoptAmendmentCommand, data);
  }
}
