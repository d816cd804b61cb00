import { RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { configureHttp } from './http/configure-http';
import { correlationIdMiddleware } from './logging/correlation-id.middleware';
import { configureOpenApi } from './openapi/configure-openapi';

export const API_PREFIX = 'api/v1';

/**
 * What `main.ts` does to the application beyond its modules. Tests call it
 * too, so they exercise the routes and headers clients see.
 */
export function configureApp(app: NestExpressApplication): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(correlationIdMiddleware);
  configureHttp(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  configureOpenApi(app);
}
