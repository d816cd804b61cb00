import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { CommandMetadataFactory } from '../../write-side/command-metadata.factory';
import { RequestCorrelationId } from '../../write-side/request-correlation-id.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { PublishDecisionCommand } from './publish-decision.command';
import { DocumentParamsDto, PublishDecisionRequestDto } from './publish-decision.request.dto';
import { PublishDecisionResponseDto } from './publish-decision.response.dto';

@ApiTags('documents')
@Controller('documents')
export class PublishDecisionController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

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
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<PublishDecisionResponseDto> {
    const { medium, publicationId, publishedOn, inForceFrom, publisher } = body;
    const data = { documentId: params.id, medium, publicationId, publishedOn, inForceFrom, publisher };
    const command = new PublishDecisionCommand(data, this.metadata.create(subject.sub, correlationId));
    return PublishDecisionResponseDto.from(await this.commandBus.execute(command));
  }
}
