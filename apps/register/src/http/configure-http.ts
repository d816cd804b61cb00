import type { NestExpressApplication } from '@nestjs/platform-express';
import { isJsonMediaType, JSON_BODY_LIMIT_BYTES, requireJsonContentType, requireJsonObjectBody } from './body/json-body.middleware';

/**
 * The Express part of the HTTP conventions, which must run before any route:
 * a JSON body or none, at most JSON_BODY_LIMIT_BYTES, and an object. Errors go
 * to the ProblemExceptionFilter like any other. Call it after the correlation
 * id middleware, so its problems carry the request's id.
 */
export function configureHttp(app: NestExpressApplication): void {
  app.use(requireJsonContentType);
  // Registered here, Express's JSON parser is the one Nest keeps (it adds its own only when none is there).
  app.useBodyParser('json', {
    limit: JSON_BODY_LIMIT_BYTES,
    strict: false,
    type: (request) => isJsonMediaType(request.headers['content-type']),
  });
  app.use(requireJsonObjectBody);
}
