import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { GetConsistencyProofQuery } from './get-consistency-proof.query';
import { GetInclusionProofQuery } from './get-inclusion-proof.query';
import { ConsistencyProofQueryDto, InclusionProofQueryDto } from './log-proofs.request.dto';
import { ConsistencyProofResponseDto, InclusionProofResponseDto } from './log-proofs.response.dto';

/** The verifiable log's proofs (api.md "Audit"), against sizes a signed checkpoint vouches for. */
@ApiTags('audit')
@Controller('log/proofs')
export class LogProofsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('inclusion')
  @AnyRole()
  @ApiOperation({
    summary: 'RFC 9162 inclusion proof of the event at position in the tree of treeSize leaves',
    description: 'For a registrar, and for an auditor of a municipality the event concerns; anyone else gets 404, as for a position without an event.',
  })
  @ApiOkResponse({ type: InclusionProofResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async inclusion(@Query() query: InclusionProofQueryDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<InclusionProofResponseDto> {
    const treeSize = query.treeSize === undefined ? undefined : Number(query.treeSize);
    return InclusionProofResponseDto.of(await this.queryBus.execute(new GetInclusionProofQuery(Number(query.position), treeSize, subject)));
  }

  @Get('consistency')
  @AnyRole()
  @ApiOperation({ summary: 'RFC 9162 consistency proof that the tree of from leaves is a prefix of the tree of to leaves' })
  @ApiOkResponse({ type: ConsistencyProofResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async consistency(@Query() query: ConsistencyProofQueryDto): Promise<ConsistencyProofResponseDto> {
    const to = query.to === undefined ? undefined : Number(query.to);
    return ConsistencyProofResponseDto.of(await this.queryBus.execute(new GetConsistencyProofQuery(Number(query.from), to)));
  }
}
