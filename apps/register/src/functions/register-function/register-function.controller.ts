import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { RegisterFunctionCommand } from './register-function.command';
import { RegisterFunctionRequestDto } from './register-function.request.dto';

@ApiTags('functions')
@Controller('functions')
export class RegisterFunctionController {
  constructor(private readonly writes: HttpWrites) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Register a position (function) in a participant\'s organisation' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the function's" })
  @ApiProblemResponses(...CREATE_PROBLEMS, 'UNKNOWN_REFERENCE')
  async register(
    @Body() body: RegisterFunctionRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const { id, name, municipality, externalTitles } = body;
    return this.writes.execute(request, RegisterFunctionCommand, { id, name, municipality, externalTitles });
  }
}
