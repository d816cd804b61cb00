import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { PublishDecisionCommand } from './publish-decision.command';
import { DocumentParamsDto, PublishDecisionRequestDto } from './publish-decision.request.dto';
import { PublishDecisionResponseDto } from './publish-decision.response.dto';

@ApiTags('documents')
@Controller('documents')
export class PublishDecisionController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/publications')
  @RequireRoles('registrar', 'publication-officer')
  @ApiOperation({ summary: 'Record the publication of a decision (Awb 3:40-3:42) and in whose sheet; the identifier is unique in the register' })
  @ApiCreatedResponse({ type: PublishDecisionResponseDto })
  @ApiProblemResponses(
    ...UPDATE_PROBLEMS,
    'UNKNOWN_REFERENCE',
    'INVALID_PUBLICATION_ID',
    'DUPLICATE_PUBLICATION',
    'CHRONOLOGY',
    'IN_FORCE_BEFORE_PUBLICATION',
  )
  async publish(
    @Param() params: DocumentParamsDto,
    @Body() body: PublishDecisionRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<PublishDecisionResponseDto> {
    const { medium, publicationId, publishedOn, inForceFrom, publisher } = body;
    const data = { documentId: params.id, medium, publicationId, publishedOn, inForceFrom, publisher };
    return this.writes.execute(request, PublishDecisionCommand, data);
  }
}
