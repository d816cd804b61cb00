import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { readScopeOf } from '../../auth/read-scope';
import { ProblemError } from '../../http/problem/problem.error';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { DocumentListResponseDto } from './document-list.response.dto';
import { ListDocumentsQuery } from './list-documents.query';
import { ListDocumentsRequestDto } from './list-documents.request.dto';

@ApiTags('documents')
@Controller('documents')
export class ListDocumentsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The documents as known at knownAt, by id, with their publications, a page at a time',
    description: 'An auditor sees the documents that concern their municipalities. validOn and axis are validated but do not filter.',
  })
  @ApiOkResponse({ type: DocumentListResponseDto })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  async list(@Query() query: ListDocumentsRequestDto, @CurrentSubject() subject: AuthenticatedSubject): Promise<DocumentListResponseDto> {
    const { q, type, concerns, decidedBy, decidedFrom, decidedUntil, ...paging } = query;
    if (decidedFrom !== undefined && decidedUntil !== undefined && decidedUntil < decidedFrom) {
      throw ProblemError.validationFailed([{ field: 'decidedUntil', message: `must not lie before decidedFrom (${decidedFrom})` }]);
    }
    const filter = { q, type, concerns, decidedBy, decidedFrom, decidedUntil };
    return DocumentListResponseDto.of(await this.queryBus.execute(new ListDocumentsQuery({ filter, paging, scope: readScopeOf(subject) })));
  }
}
