import { RequestMethod } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { configureHttp } from './http/configure-http';
import type { RegisterApplication } from './http/http-adapter';
import { configureOpenApi } from './openapi/configure-openapi';
import { pageRoutesOutsideApiPrefix } from './web/web-routes';

export const API_PREFIX = 'api/v1';

/**
 * What `main.ts` does to the application beyond its modules. Tests call it
 * too, so they exercise the routes and headers clients see.
 */
export function configureApp(app: RegisterApplication): void {
  app.useLogger(app.get(Logger));
  configureHttp(app);
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health', method: RequestMethod.GET }, ...pageRoutesOutsideApiPrefix()] });
  configureOpenApi(app);
}
