import { Controller, Get, Req } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { LogLevel, RegisterConfig } from '../config/register-config';
import { RegisterConfigModule } from '../config/register-config.module';
import { LoggingModule } from './logging.module';

@Controller('probe')
class ProbeController {
  /** pino-http gives each request it logs a child logger of its own as `req.log`. */
  @Get()
  probe(@Req() req: { log?: unknown }): { requestLogger: boolean } {
    return { requestLogger: req.log !== undefined };
  }
}

async function requestLoggerAt(logLevel: LogLevel): Promise<boolean> {
  const moduleRef = await Test.createTestingModule({
    imports: [RegisterConfigModule.forRoot({ logLevel } as RegisterConfig), LoggingModule],
    controllers: [ProbeController],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  await app.init();
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
