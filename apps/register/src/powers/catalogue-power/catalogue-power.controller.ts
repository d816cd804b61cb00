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
import { CataloguePowerCommand } from './catalogue-power.command';
import { CataloguePowerRequestDto } from './catalogue-power.request.dto';
import { CataloguePowerResponseDto } from './catalogue-power.response.dto';

@ApiTags('powers')
@Controller('powers')
export class CataloguePowerController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly metadata: CommandMetadataFactory,
  ) {}

  @Post()
  @RequireRoles('registrar')
  @ApiOperation({ summary: 'Add a power to the catalogue, saying who holds it and whether it may be mandated' })
  @ApiCreatedResponse({ type: CataloguePowerResponseDto })
  @ApiProblemResponses(...CREATE_PROBLEMS)
  async catalogue(
    @Body() body: CataloguePowerRequestDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @RequestCorrelationId() correlationId: string,
  ): Promise<CataloguePowerResponseDto> {
    const { id, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw, actKind } = body;
    const data = { id, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw, actKind };
    const command = new CataloguePowerCommand(data, this.metadata.create(subject.sub, correlationId));
    return CataloguePowerResponseDto.from(await this.commandBus.execute(command));
  }
}
