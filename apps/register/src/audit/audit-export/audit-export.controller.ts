import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyRole } from '../../auth/access-rule.decorators';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { CurrentSubject } from '../../auth/current-subject.decorator';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { noteReadItems } from '../access-log/read-answer';
import { AuditExportQuery } from './audit-export.query';
import { AuditExportQueryDto } from './audit-export.request.dto';

/** GET /audit/export (api.md "Audit"): the bundle an auditor verifies on their own machine with `npm run cli -- verify`. */
@ApiTags('audit')
@Controller('audit/export')
export class AuditExportController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: "A ZIP of everything that concerns the municipality in the period, with the proofs that the log holds every event unchanged",
    description:
      'For a registrar, and for an auditor of that municipality; anyone else gets 404. `from` and `until` are Dutch calendar days, both inclusive: ' +
      'events recorded from 00:00 Europe/Amsterdam on `from` until 00:00 on the day after `until`. Mandates, documents and registers are as the ' +
      'register stood at the end of `until` (or now, if that is earlier), on `until`. Files: checkpoint.txt, public-key.txt, events.ndjson, ' +
      'proofs.ndjson, consistency-proofs.ndjson, mandates.json, documents.json, registers.json, manifest.json, manifest.sig.',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'READ_SIDE_LAGGING')
  async export(
    @Query() query: AuditExportQueryDto,
    @CurrentSubject() subject: AuthenticatedSubject,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const since = query.since === undefined ? undefined : Number(query.since);
    const bundle = await this.queryBus.execute(new AuditExportQuery(query.municipality, query.from, query.until, since, subject));
    // The access log counts the events the bundle holds.
    noteReadItems(request, bundle.events);
    void reply.type('application/zip').header('Content-Disposition', `attachment; filename="${bundle.fileName}"`).header('Cache-Control', 'no-store');
    return Buffer.from(bundle.zip);
  }
}

