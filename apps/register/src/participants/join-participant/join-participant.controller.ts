import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { CommandMetadataFactory } from '../../write-side/command-metadata.factory';
import { RequestCorrelationId } from '../../write-side/request-correlation-id.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { JoinParticipantCommand } from './join-participant.command';
import { JoinParticipantRequestDto } from './join-participant.request.dto';
import { JoinParticipantResponseDto } from './join-participant.response.dto';

@ApiTags('participants')
@Controller('participants')
export class JoinParticipantController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Record that a municipality joins the arrangement (or joins again after an exit)' })
  @ApiCreatedResponse({ type: JoinParticipantResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS, 'INVALID_PERIOD')
  async join(
    @Body() body: JoinParticipantRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<JoinParticipantResponseDto> {
    const { municipality, name, joinedOn } = body;
    const command = new JoinParticipantCommand({ municipality, name, joinedOn }, this.metadata.create(subject.sub, correlationId));
    return JoinParticipantResponseDto.from(await this.commandBus.execute(command));
  }
}
