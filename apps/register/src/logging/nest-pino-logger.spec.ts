import { Controller, Get, Req } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { LogLevel, RegisterConfig } from '../config/register-config';
import { RegisterConfigModule } from '../config/register-config.module';
import { createHttpAdapter, initialise, type RegisterApplication } from '../http/http-adapter';
import { LoggingModule } from './logging.module';

@Controller('probe')
class ProbeController {
  /** pino-http gives each request it logs a child logger of its own as `log` on Node's request (Fastify's has a `log` of its own). */
  @Get()
  probe(@Req() req: { raw: { log?: unknown } }): { requestLogger: boolean } {
    return { requestLogger: req.raw.log !== undefined };
  }
}

async function requestLoggerAt(logLevel: LogLevel): Promise<boolean> {
  const moduleRef = await Test.createTestingModule({
    imports: [RegisterConfigModule.forRoot({ logLevel } as RegisterConfig), LoggingModule],
    controllers: [ProbeController],
  }).compile();
  const app = moduleRef.createNestApplication<RegisterApplication>(createHttpAdapter(), { logger: false });
  await initialise(app);
  try {
    const response = await request(app.getHttpServer()).get('/probe').expect(200);
    return (response.body as { requestLogger: boolean }).requestLogger;
  } finally {
    await app.close();
  }
}

describe('the request logger of LoggingModule', () => {
  // `fatal` writes no request line either (they are info, warn or error), but a fatal log inside a request still needs its logger.
  it('is bound to every request at any level that can write a line, fatal included', async () => {
    await expect(requestLoggerAt('fatal')).resolves.toBe(true);
  });

  it('is not bound at all at silent, where no line can be written', async () => {
    await expect(requestLoggerAt('silent')).resolves.toBe(false);
  });
});
