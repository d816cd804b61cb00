import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access-rule.decorators';
import { HealthCheckService } from './health-check.service';

/** `GET /health`, outside `/api/v1` and without authentication: probes and load balancers call it. */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly healthCheck: HealthCheckService) {}

  @Get()
  async report(@Res() response: Response): Promise<void> {
    const report = await this.healthCheck.check();
    response.setHeader('Cache-Control', 'no-store');
    if (report.ready) {
      response.status(200).json({ status: 'ok' });
      return;
    }
    response.status(503).type('application/problem+json').json({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      code: 'NOT_READY',
      detail: report.reason,
    });
  }
}
