import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { PublishDecisionCommand } from '../publish-decision/publish-decision.command';
import { PublishDecisionRequestDto } from '../publish-decision/publish-decision.request.dto';
import { PublishDecisionResponseDto } from '../publish-decision/publish-decision.response.dto';
import { AmendmentParamsDto } from '../shared/amendment-params.dto';
import { PUBLICATION_PROBLEMS } from '../publish-decision/publication-problems';

/**
 * An adopted amendment of the arrangement enters into force only once the
 * central college publishes it (GR SZMH art. 27 lid 1-2, Wgr art. 26): this
 * records that publication, through the same command as a document's own.
 */
@ApiTags('documents')
@Controller('documents')
export class PublishAmendmentController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/amendments/:amendmentId/publications')
  @RequireRoles('registrar', 'publication-officer')
  @ApiOperation({
    summary: 'Record the publication of an adopted amendment of the arrangement (GR SZMH art. 27); it is in force from this inForceFrom when in the central college\'s gemeenteblad',
  })
  @ApiCreatedResponse({ type: PublishDecisionResponseDto })
  @ApiProblemResponses(...PUBLICATION_PROBLEMS, 'DOCUMENT_TYPE_MISMATCH')
  async publish(
    @Param() params: AmendmentParamsDto,
    @Body() body: PublishDecisionRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<PublishDecisionResponseDto> {
    const { medium, publicationId, publishedOn, inForceFrom, publisher } = body;
    const data = { documentId: params.id, amendmentId: params.amendmentId, medium, publicationId, publishedOn, inForceFrom, publisher };
    return this.writes.execute(request, PublishDecisionCommand, data);
  }
}
