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
import { DocumentParamsDto } from '../publish-decision/publish-decision.request.dto';
import { ProposeAmendmentCommand } from './propose-amendment.command';
import { ProposeAmendmentRequestDto } from './propose-amendment.request.dto';
import { ProposeAmendmentResponseDto } from './propose-amendment.response.dto';

@ApiTags('documents')
@Controller('documents')
export class ProposeAmendmentController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post(':id/amendments')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Propose an amendment of an agreement, the charter or the arrangement (GR SZMH arts. 8 lid 5, 13 lid 4, 19 lid 2)' })
  @ApiCreatedResponse({ type: ProposeAmendmentResponseDto })
  @ApiProblemResponses(...UPDATE_PROBLEMS, 'ALREADY_EXISTS', 'UNKNOWN_REFERENCE', 'DOCUMENT_NOT_AMENDABLE', 'AGREEMENT_TERM_ENDED', 'CHRONOLOGY')
  async propose(
    @Param() params: DocumentParamsDto,
    @Body() body: ProposeAmendmentRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<ProposeAmendmentResponseDto> {
    const data = { documentId: params.id, id: body.id ?? null, summary: body.summary, content: body.content ?? null, validFrom: body.validFrom };
    const command = new ProposeAmendmentCommand(data, this.metadata.create(subject.sub, correlationId));
    return ProposeAmendmentResponseDto.from(await this.commandBus.execute(command));
  }
}
