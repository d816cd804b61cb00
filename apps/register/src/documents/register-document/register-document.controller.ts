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
import { RegisterDocumentCommand, type RegisterDocumentInput } from './register-document.command';
import { RegisterDocumentRequestDto } from './register-document.request.dto';
import { RegisterDocumentResponseDto } from './register-document.response.dto';

@ApiTags('documents')
@Controller('documents')
export class RegisterDocumentController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Register a decision, agreement or other document, with its text and the SHA-256 of it' })
  @ApiCreatedResponse({ type: RegisterDocumentResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS, 'UNKNOWN_REFERENCE', 'CHRONOLOGY', 'INVALID_PERIOD')
  async register(
    @Body() body: RegisterDocumentRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<RegisterDocumentResponseDto> {
    const command = new RegisterDocumentCommand(toRegisterDocumentInput(body), this.metadata.create(subject.sub, correlationId));
    return RegisterDocumentResponseDto.from(await this.commandBus.execute(command));
  }
}

function toRegisterDocumentInput(body: RegisterDocumentRequestDto): RegisterDocumentInput {
  const { id, type, title, decidedOn, decidedBy, concerns, content, parties, term } = body;
  return {
    id: id ?? null,
    type,
    title,
    decidedOn,
    decidedBy,
    concerns,
    content: content ?? null,
    parties: parties ?? null,
    term: term ? { from: term.from, until: term.until ?? null } : null,
  };
}
