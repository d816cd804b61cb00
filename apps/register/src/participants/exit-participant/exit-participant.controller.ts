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
import { ExitParticipantCommand } from './exit-participant.command';
import { ExitParticipantRequestDto, ParticipantParamsDto } from './exit-participant.request.dto';
import { ExitParticipantResponseDto } from './exit-participant.response.dto';

@ApiTags('participants')
@Controller('participants')
export class ExitParticipantController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post(':municipality/exit')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Record that a municipality leaves the arrangement (GR SZMH art. 21)' })
  @ApiCreatedResponse({ type: ExitParticipantResponseDto })
  @ApiProblemResponses(
    ...UPDATE_PROBLEMS,
    'UNKNOWN_REFERENCE',
    'NOT_A_PARTICIPANT',
    'INVALID_PERIOD',
    'DECISION_DOCUMENT_REQUIRED',
    'DOCUMENT_TYPE_MISMATCH',
    'DECISION_NOT_OF_GRANTOR',
  )
  async exit(
    @Param() params: ParticipantParamsDto,
    @Body() body: ExitParticipantRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<ExitParticipantResponseDto> {
    const data = { municipality: params.municipality, exitOn: body.exitOn, decision: body.decision };
    const command = new ExitParticipantCommand(data, this.metadata.create(subject.sub, correlationId));
    return ExitParticipantResponseDto.from(await this.commandBus.execute(command));
  }
}
