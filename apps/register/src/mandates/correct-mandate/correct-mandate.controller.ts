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
import { SUB_MANDATE_RULES } from '../shared/grant-rule-problems';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { CorrectMandateCommand } from './correct-mandate.command';
import { CorrectMandateRequestDto } from './correct-mandate.request.dto';
import { CorrectMandateResponseDto } from './correct-mandate.response.dto';

@ApiTags('mandates')
@Controller('mandates')
export class CorrectMandateController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post(':id/corrections')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Correct a wrongly recorded detail of the mandate {id}, checked as if it had been granted so' })
  @ApiCreatedResponse({ type: CorrectMandateResponseDto })
  @ApiProblemResponses(...UPDATE_PROBLEMS, ...SUB_MANDATE_RULES, 'CORRECTION_CHANGES_LEGAL_CONTENT')
  async correct(
    @Param() params: MandateParamsDto,
    @Body() body: CorrectMandateRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<CorrectMandateResponseDto> {
    const data = { mandateId: params.id, field: body.field, value: body.value, reason: body.reason, evidence: body.evidence ?? null };
    const command = new CorrectMandateCommand(data, this.metadata.create(subject.sub, correlationId));
    return CorrectMandateResponseDto.from(await this.commandBus.execute(command));
  }
}
