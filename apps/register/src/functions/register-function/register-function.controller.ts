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
import { RegisterFunctionCommand } from './register-function.command';
import { RegisterFunctionRequestDto } from './register-function.request.dto';
import { RegisterFunctionResponseDto } from './register-function.response.dto';

@ApiTags('functions')
@Controller('functions')
export class RegisterFunctionController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Register a position (function) in a participant\'s organisation' })
  @ApiCreatedResponse({ type: RegisterFunctionResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS, 'UNKNOWN_REFERENCE')
  async register(
    @Body() body: RegisterFunctionRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<RegisterFunctionResponseDto> {
    const { id, name, municipality, externalTitles } = body;
    const command = new RegisterFunctionCommand({ id, name, municipality, externalTitles }, this.metadata.create(subject.sub, correlationId));
    return RegisterFunctionResponseDto.from(await this.commandBus.execute(command));
  }
}
