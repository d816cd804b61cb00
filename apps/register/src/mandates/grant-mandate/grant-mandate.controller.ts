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
import { GRANT_RULES } from '../shared/grant-rule-problems';
import { toMandateTermsInput } from '../shared/mandate-terms.mapper';
import { GrantMandateCommand } from './grant-mandate.command';
import { GrantMandateRequestDto } from './grant-mandate.request.dto';
import { GrantMandateResponseDto } from './grant-mandate.response.dto';

@ApiTags('mandates')
@Controller('mandates')
export class GrantMandateController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Grant an original mandate, volmacht or machtiging (Awb 10:1-10:12)' })
  @ApiCreatedResponse({ type: GrantMandateResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS, ...GRANT_RULES)
  async grant(
    @Body() body: GrantMandateRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<GrantMandateResponseDto> {
    const data = { ...toMandateTermsInput(body), grantor: body.grantor };
    const command = new GrantMandateCommand(data, this.metadata.create(subject.sub, correlationId));
    return GrantMandateResponseDto.from(await this.commandBus.execute(command));
  }
}
