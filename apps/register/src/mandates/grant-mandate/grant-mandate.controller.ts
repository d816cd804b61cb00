import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { GRANT_RULES } from '../shared/grant-rule-problems';
import { toMandateTermsInput } from '../shared/mandate-terms.mapper';
import { GrantMandateCommand } from './grant-mandate.command';
import { GrantMandateRequestDto } from './grant-mandate.request.dto';

@ApiTags('mandates')
@Controller('mandates')
export class GrantMandateController {
  constructor(private readonly writes: HttpWrites) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Grant an original mandate, volmacht or machtiging (Awb 10:1-10:12)' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the mandate's" })
  @ApiProblemResponses(...CREATE_PROBLEMS, ...GRANT_RULES)
  async grant(
    @Body() body: GrantMandateRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const data = { ...toMandateTermsInput(body), grantor: body.grantor };
    return this.writes.execute(request, GrantMandateCommand, data);
  }
}
