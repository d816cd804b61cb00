import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { RegisterDocumentCommand, type RegisterDocumentInput } from './register-document.command';
import { RegisterDocumentRequestDto } from './register-document.request.dto';
import { RegisterDocumentResponseDto } from './register-document.response.dto';

@ApiTags('documents')
@Controller('documents')
export class RegisterDocumentController {
  constructor(private readonly writes: HttpWrites) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Register a decision, agreement or other document, with its text and the SHA-256 of it' })
  @ApiCreatedResponse({ type: RegisterDocumentResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS, 'UNKNOWN_REFERENCE', 'CHRONOLOGY', 'INVALID_PERIOD')
  async register(
    @Body() body: RegisterDocumentRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<RegisterDocumentResponseDto> {
    return this.writes.execute(request, RegisterDocumentCommand, toRegisterDocumentInput(body));
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
