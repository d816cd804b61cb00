import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { UPDATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { ExitParticipantCommand } from './exit-participant.command';
import { ExitParticipantRequestDto, ParticipantParamsDto } from './exit-participant.request.dto';

@ApiTags('participants')
@Controller('participants')
export class ExitParticipantController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':municipality/exit')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Record that a municipality leaves the arrangement (GR SZMH art. 21)' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the participant's CBS code" })
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
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const data = { municipality: params.municipality, exitOn: body.exitOn, decision: body.decision };
    return this.writes.execute(request, ExitParticipantCommand, data);
  }
}
