import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { SUB_MANDATE_RULES } from '../shared/grant-rule-problems';
import { MandateParamsDto } from '../shared/mandate-params.dto';
import { toMandateTermsInput } from '../shared/mandate-terms.mapper';
import { GrantSubMandateCommand } from './grant-sub-mandate.command';
import { GrantSubMandateRequestDto } from './grant-sub-mandate.request.dto';

@ApiTags('mandates')
@Controller('mandates')
export class GrantSubMandateController {
  constructor(private readonly writes: HttpWrites) {}

  @Post(':id/sub-mandates')
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Grant a sub-mandate under the mandate {id}, by its grantee (Awb 10:9)' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the new sub-mandate's" })
  @ApiProblemResponses(...CREATE_PROBLEMS, ...SUB_MANDATE_RULES)
  async grant(
    @Param() params: MandateParamsDto,
    @Body() body: GrantSubMandateRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const data = { ...toMandateTermsInput(body), parentMandateId: params.id };
    return this.writes.execute(request, GrantSubMandateCommand, data);
  }
}
