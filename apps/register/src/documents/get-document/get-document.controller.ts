import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { TemporalQueryDto } from '../../http/validation/temporal-query.dto';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { DocumentParamsDto } from '../publish-decision/publish-decision.request.dto';
import { DocumentResponseDto } from './document.response.dto';
import { GetDocumentQuery } from './get-document.query';

/**
 * One document; every role may read it, an auditor only when it concerns one
 * of their municipalities (GR SZMH arts. 11, 12), else 404 as if it did not exist.
 */
@ApiTags('documents')
@Controller('documents')
export class GetDocumentController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'The document {id} as known at knownAt, with its publications, versions, amendments and the version that applies on validOn',
    description:
      'On axis=valid, the version whose validity holds validOn, retroactive amendments included. On axis=inForce, the latest version in force on validOn: ' +
      'nothing before a publication is in force (Awb 3:40), then the original, and each amendment from the later of its validFrom and its adoption.',
  })
  @ApiOkResponse({ type: DocumentResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  async get(
    @Param() params: DocumentParamsDto,
    @Query() query: TemporalQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
  ): Promise<DocumentResponseDto> {
    const answer = await this.queryBus.execute(new GetDocumentQuery(params.id, query, readScopeOf(subject)));
    return DocumentResponseDto.of(answer);
  }
}
