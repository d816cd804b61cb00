import type { NextFunction, Request, Response } from 'express';
import { ProblemError } from '../problem/problem.error';
import { prototypeKeyPaths } from './prototype-keys';

/**
 * The largest JSON body the service reads. Documents carry their text
 * (`content`, at most MAX_CONTENT_LENGTH characters): even written entirely in
 * three-byte characters that fits, with room for the other fields.
 */
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** `application/json` and the structured `+json` types (`application/merge-patch+json`), with or without parameters. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType !== undefined && JSON_MEDIA_TYPE.test(contentType);
}

/**
 * 415 for a body that is not declared JSON. Without this, a form or text body
 * would be parsed by Express's other parsers or ignored, and then fail as
 * "missing fields", which hides the real mistake. A body is something with a
 * length: `Content-Length: 0` (curl -X POST) counts as none.
 */
export function requireJsonContentType(request: Request, _response: Response, next: NextFunction): void {
  const length = request.headers['content-length'];
  const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0);
  if (!hasBody || isJsonMediaType(request.headers['content-type'])) {
    next();
    return;
  }
  const declared = request.headers['content-type'] ?? 'no Content-Type';
  next(new ProblemError('UNSUPPORTED_MEDIA_TYPE', `The body must be application/json, not ${declared}.`));
}

/**
 * Every body of api.md is a JSON object. The parser runs non-strict so that
 * this check, not a parse error, answers `[]`, `"text"`, `42` or `null`, and
 * says so; the validation pipe then only ever sees objects. Keys such as
 * `__proto__` are refused here too (see prototypeKeyPaths).
 */
export function requireJsonObjectBody(request: Request, _response: Response, next: NextFunction): void {
  const body: unknown = request.body;
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    const kind = body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`;
    const message = `must be a JSON object, not ${kind}`;
    next(ProblemError.validationFailed([{ field: '', message }], `The body ${message}.`));
    return;
  }
  const prototypeKeys = prototypeKeyPaths(body);
  if (prototypeKeys.length > 0) {
    next(ProblemError.validationFailed(prototypeKeys.map((field) => ({ field, message: 'is not a field of this request' }))));
    return;
  }
  next();
}
