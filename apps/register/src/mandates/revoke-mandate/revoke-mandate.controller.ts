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
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { RevokeMandateCommand } from './revoke-mandate.command';
import { RevokeMandateRequestDto } from './revoke-mandate.request.dto';
import { RevokeMandateResponseDto } from './revoke-mandate.response.dto';

@ApiTags('mandates')
@Controller('mandates')
export class RevokeMandateController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post(':id/revocations')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Revoke the mandate {id} from a date (Awb 10:8); its sub-mandates lapse with it' })
  @ApiCreatedResponse({ type: RevokeMandateResponseDto })
  @ApiProblemResponses(
    ...UPDATE_PROBLEMS,
    'UNKNOWN_REFERENCE',
    'ALREADY_REVOKED',
    'DECISION_DOCUMENT_REQUIRED',
    'DOCUMENT_TYPE_MISMATCH',
    'DECISION_NOT_OF_GRANTOR',
    'CHRONOLOGY',
    'INVALID_PERIOD',
    'RETROACTIVE_REVOCATION',
  )
  async revoke(
    @Param() params: MandateParamsDto,
    @Body() body: RevokeMandateRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<RevokeMandateResponseDto> {
    const data = { mandateId: params.id, decision: body.decision, validUntil: body.validUntil };
    const command = new RevokeMandateCommand(data, this.metadata.create(subject.sub, correlationId));
    return RevokeMandateResponseDto.from(await this.commandBus.execute(command));
  }
}
