import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access-rule.decorators';
import { ServesWithoutStorage } from '../storage/storage-available.guard';
import { HealthCheckService } from './health-check.service';

/** `GET /health`, outside `/api/v1` and without authentication: probes and load balancers call it. */
@Public()
@ServesWithoutStorage()
@Controller('health')
export class HealthController {
  constructor(private readonly healthCheck: HealthCheckService) {}

  @Get()
  async report(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const report = await this.healthCheck.check();
    void reply.header('Cache-Control', 'no-store');
    if (report.ready) return { status: 'ok' };
    void reply.status(503).type('application/problem+json; charset=utf-8');
    return {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      code: report.code,
      detail: report.reason,
    };
  }
}
