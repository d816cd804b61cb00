import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { CommandMetadataFactory } from '../../write-side/command-metadata.factory';
import { RequestCorrelationId } from '../../write-side/request-correlation-id.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { SUB_MANDATE_RULES } from '../shared/grant-rule-problems';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { toMandateTermsInput } from '../shared/mandate-terms.mapper';
import { GrantSubMandateCommand } from './grant-sub-mandate.command';
import { GrantSubMandateRequestDto } from './grant-sub-mandate.request.dto';
import { GrantSubMandateResponseDto } from './grant-sub-mandate.response.dto';

@ApiTags('mandates')
@Controller('mandates')
export class GrantSubMandateController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post(':id/sub-mandates')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Grant a sub-mandate under the mandate {id}, by its grantee (Awb 10:9)' })
  @ApiCreatedResponse({ type: GrantSubMandateResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS, ...SUB_MANDATE_RULES)
  async grant(
    @Param() params: MandateParamsDto,
    @Body() body: GrantSubMandateRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<GrantSubMandateResponseDto> {
    const data = { ...toMandateTermsInput(body), parentMandateId: params.id };
    const command = new GrantSubMandateCommand(data, this.metadata.create(subject.sub, correlationId));
    return GrantSubMandateResponseDto.from(await this.commandBus.execute(command));
  }
}
