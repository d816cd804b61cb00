import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { DocumentParamsDto } from '../publish-decision/publish-decision.request.dto';
import { ProposeAmendmentCommand } from './propose-amendment.command';
import { ProposeAmendmentRequestDto } from './propose-amendment.request.dto';
import { ProposeAmendmentResponseDto } from './propose-amendment.response.dto';

@ApiTags('documents')
@Controller('documents')
export class ProposeAmendmentController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/amendments')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Propose an amendment of an agreement, the charter or the arrangement (GR SZMH arts. 8 lid 5, 13 lid 4, 19 lid 2)' })
  @ApiCreatedResponse({ type: ProposeAmendmentResponseDto })
  @ApiProblemResponses(...UPDATE_PROBLEMS, 'ALREADY_EXISTS', 'UNKNOWN_REFERENCE', 'DOCUMENT_NOT_AMENDABLE', 'AGREEMENT_TERM_ENDED', 'CHRONOLOGY')
  async propose(
    @Param() params: DocumentParamsDto,
    @Body() body: ProposeAmendmentRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<ProposeAmendmentResponseDto> {
    const data = { documentId: params.id, id: body.id ?? null, summary: body.summary, content: body.content ?? null, validFrom: body.validFrom };
    return this.writes.execute(request, ProposeAmendmentCommand, data);
  }
}
