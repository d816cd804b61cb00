import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { JoinParticipantCommand } from './join-participant.command';
import { JoinParticipantRequestDto } from './join-participant.request.dto';

@ApiTags('participants')
@Controller('participants')
export class JoinParticipantController {
  constructor(private readonly writes: HttpWrites) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Record that a municipality joins the arrangement (or joins again after an exit)' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the participant's CBS code" })
  @ApiProblemResponses(...CREATE_PROBLEMS, 'INVALID_PERIOD')
  async join(
    @Body() body: JoinParticipantRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const { municipality, name, joinedOn } = body;
    return this.writes.execute(request, JoinParticipantCommand, { municipality, name, joinedOn });
  }
}
