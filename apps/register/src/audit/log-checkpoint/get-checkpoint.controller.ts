import { Controller, Get, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyRole } from '../../auth/access-rule.decorators';
import { ApiProblemResponses } from '../../openapi/api-problem-responses.decorator';
import { GetLatestCheckpointQuery } from './get-latest-checkpoint.query';

/** GET /log/checkpoint (api.md "Audit"): what an auditor keeps, to check next year that the log only grew. */
@ApiTags('audit')
@Controller('log/checkpoint')
export class GetCheckpointController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AnyRole()
  @ApiOperation({
    summary: 'The latest signed checkpoint of the event log (C2SP tlog-checkpoint, Ed25519 signed note)',
    description:
      'Origin line, tree size (the events in the log), base64 root hash, a blank line and the signature line naming the key `<origin>`. ' +
      'The verifier key is printed by `npm run cli -- log public-key`.',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ schema: { type: 'string', example: 'localhost/szmh-register\n107\nq2Wb…=\n\n— localhost/szmh-register Zm9v…\n' } })
  @ApiProblemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'STORAGE_UNAVAILABLE')
  async latest(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const checkpoint = await this.queryBus.execute(new GetLatestCheckpointQuery());
    void reply.type('text/plain; charset=utf-8').header('Cache-Control', 'no-store');
    return checkpoint.note;
  }
}
