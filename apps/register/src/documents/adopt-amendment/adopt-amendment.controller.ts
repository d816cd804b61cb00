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
import { AmendmentParamsDto } from '../shared/amendment-params.dto';
import { AdoptAmendmentCommand } from './adopt-amendment.command';
import { AdoptAmendmentRequestDto } from './adopt-amendment.request.dto';
import { AdoptAmendmentResponseDto } from './adopt-amendment.response.dto';

@ApiTags('documents')
@Controller('documents')
export class AdoptAmendmentController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

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
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<AdoptAmendmentResponseDto> {
    const data = { documentId: params.id, amendmentId: params.amendmentId, adoptedOn: body.adoptedOn ?? null };
    const command = new AdoptAmendmentCommand(data, this.metadata.create(subject.sub, correlationId));
    return AdoptAmendmentResponseDto.from(await this.commandBus.execute(command));
  }
}
