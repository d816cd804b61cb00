import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentIdempotencyKey } from './idempotency-key.parameter';
import { FieldErrorDto, ProblemDocumentDto } from './problem-document.dto';
import { markPublicOperations } from './public-operations';

const OPENAPI_UI_PATH = 'api/docs';
const OPENAPI_JSON_PATH = 'api/docs-json';

/** The name of the security scheme in the document; `@ApiBearerAuth(BEARER_SCHEME)` refers to it. */
const BEARER_SCHEME = 'bearer';

/**
 * Publishes the contract as api.md says: the OpenAPI document at
 * `GET /api/docs-json`, Swagger UI at `GET /api/docs`, both outside /api/v1.
 * Swagger serves them from plain Fastify routes, which no Nest guard sees, so
 * they need no token by construction. The document is built on the first
 * request, once every controller is registered, and then kept.
 */
export function configureOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_UI_PATH, app, () => openApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    // api.md names the JSON document only; a YAML twin would be a route nobody promised.
    raw: ['json'],
    customSiteTitle: 'SZMH mandate register API',
  });
}

function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SZMH mandate register')
    .setDescription(
      'Mandates, publications and agreements of the Centrumregeling SZMH. Every route but GET /health needs a ' +
        'bearer token; errors are application/problem+json with a stable `code`; a POST may carry an Idempotency-Key.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDocumentDto, FieldErrorDto] });
  return documentIdempotencyKey(markPublicOperations(document, app));
}
