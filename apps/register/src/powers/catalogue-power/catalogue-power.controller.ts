import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRoles } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { HttpWrites } from '../../write-side/http/http-writes';
import { type HttpWriteRequest, WriteRequest } from '../../write-side/http/write-request.decorator';
import { CREATE_PROBLEMS } from '../../write-side/write-problems';
import { WriteResponseDto } from '../../write-side/write-response.dto';
import { CataloguePowerCommand } from './catalogue-power.command';
import { CataloguePowerRequestDto } from './catalogue-power.request.dto';

@ApiTags('powers')
@Controller('powers')
export class CataloguePowerController {
  constructor(private readonly writes: HttpWrites) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Add a power to the catalogue, saying who holds it and whether it may be mandated' })
  @ApiCreatedResponse({ type: WriteResponseDto, description: "`id` is the power's" })
  @ApiProblemResponses(...CREATE_PROBLEMS)
  async catalogue(
    @Body() body: CataloguePowerRequestDto,
    @WriteRequest() request: HttpWriteRequest,
  ): Promise<WriteResponseDto> {
    const { id, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw, actKind } = body;
    const data = { id, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw, actKind };
    return this.writes.execute(request, CataloguePowerCommand, data);
  }
}
