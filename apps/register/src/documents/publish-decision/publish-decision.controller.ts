import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { PublishDecisionCommand } from './publish-decision.command';
import { DocumentParamsDto, PublishDecisionRequestDto } from './publish-decision.request.dto';
import { PublishDecisionResponseDto } from './publish-decision.response.dto';
import { PUBLICATION_PROBLEMS } from './publication-problems';

@ApiTags('documents')
@Controller('documents')
export class PublishDecisionController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/publications')
  @RequireRoles('registrar', 'publication-officer')
  @ApiOperation({ summary: 'Record the publication of a decision (Awb 3:40-3:42) and in whose sheet; the identifier is unique in the register' })
  @ApiCreatedResponse({ type: PublishDecisionResponseDto })
  @ApiProblemResponses(...PUBLICATION_PROBLEMS)
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
