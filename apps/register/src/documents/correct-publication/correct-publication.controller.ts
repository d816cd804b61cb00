import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { PublishDecisionResponseDto } from '../publish-decision/publish-decision.response.dto';
import { CorrectPublicationCommand } from './correct-publication.command';
import { CorrectPublicationRequestDto, PublicationParamsDto } from './correct-publication.request.dto';
import { PUBLICATION_PROBLEMS } from '../publish-decision/publication-problems';

/**
 * A publication recorded wrongly is corrected, not deleted (domain.md): the
 * history keeps both, a question asked with an earlier knownAt still gets the
 * old answer, and a corrected number frees the old one.
 */
@ApiTags('documents')
@Controller('documents')
export class CorrectPublicationController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/publications/:publicationId/corrections')
  @RequireRoles('registrar', 'publication-officer')
  @ApiOperation({ summary: 'Correct one field of a wrongly recorded publication, checked like a new publication; a corrected number frees the old one' })
  @ApiCreatedResponse({ type: PublishDecisionResponseDto, description: '`id` is the document\'s; `publicationId` the publication\'s identifier after the correction' })
  @ApiProblemResponses(...PUBLICATION_PROBLEMS)
  async correct(
    @Param() params: PublicationParamsDto,
    @Body() body: CorrectPublicationRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<PublishDecisionResponseDto> {
    const data = { documentId: params.id, publicationId: params.publicationId, field: body.field, value: body.value, reason: body.reason };
    return this.writes.execute(request, CorrectPublicationCommand, data);
  }
}
