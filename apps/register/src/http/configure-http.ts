import fastifyAccepts from '@fastify/accepts';
import type { FastifyBodyParser } from 'fastify';
import { assignCorrelationId } from '../logging/assign-correlation-id';
import { JSON_BODY_LIMIT_BYTES, JSON_MEDIA_TYPE, parseJsonObjectBody, refuseNonJsonBody } from './body/json-body.parser';
import type { RegisterApplication } from './http-adapter';
import { FORM_BODY_LIMIT_BYTES, FORM_MEDIA_TYPE, parseFormBody } from '../web/shared/form-body.parser';
import { MULTIPART_MEDIA_TYPE, parseMultipartBody, UPLOAD_BODY_LIMIT_BYTES } from '../web/shared/multipart-body.parser';

/**
 * The Fastify part of the HTTP conventions, which must hold before any route
 * runs: every request gets its correlation id first, and a body is a JSON
 * object of at most JSON_BODY_LIMIT_BYTES or nothing. Errors go to the
 * ProblemExceptionFilter like any other.
 */
export function configureHttp(app: RegisterApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Before anything else, so that every answer (404s and early refusals included) carries it.
  fastify.addHook('onRequest', (request, reply, done) => {
    assignCorrelationId(request, reply);
    done();
  });
  // Fastify's own JSON parser answers `null` and `42` as bodies and knows nothing of our problems; ours replace it.
  fastify.removeAllContentTypeParsers();
  const parseJson: FastifyBodyParser<Buffer> = (request, body, done) => {
    done(null, parseJsonObjectBody(body, request.headers['content-type']));
  };
  const refuseOthers: FastifyBodyParser<Buffer> = (request, body, done) => {
    done(null, refuseNonJsonBody(body.length, request.headers['content-type']));
  };
  // The pages' forms (web/); parseFormBody keeps them off the API's routes.
  const parseForm: FastifyBodyParser<Buffer> = (request, body, done) => {
    done(null, parseFormBody(body.toString('utf8'), request.url.split('?')[0] ?? '', request.headers['content-type']));
  };
  // The registrars' upload of a workbook (web/import); the same guard against the API's routes.
  const parseMultipart: FastifyBodyParser<Buffer> = (request, body, done) => {
    parseMultipartBody(body, request.url.split('?')[0] ?? '', request.headers['content-type']).then(
      (fields) => done(null, fields),
      (error: Error) => done(error, undefined),
    );
  };
  // Registered through Nest, so that it keeps none of its default parsers beside these.
  app.useBodyParser(JSON_MEDIA_TYPE, { bodyLimit: JSON_BODY_LIMIT_BYTES }, parseJson);
  app.useBodyParser(FORM_MEDIA_TYPE, { bodyLimit: FORM_BODY_LIMIT_BYTES }, parseForm);
  app.useBodyParser(MULTIPART_MEDIA_TYPE, { bodyLimit: UPLOAD_BODY_LIMIT_BYTES }, parseMultipart);
  app.useBodyParser('*', { bodyLimit: JSON_BODY_LIMIT_BYTES }, refuseOthers);
  // request.accepts(): content negotiation for the routes that answer CSV as well as JSON.
  void app.register(fastifyAccepts);
}
