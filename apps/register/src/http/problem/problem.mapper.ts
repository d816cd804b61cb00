import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import { type DomainError, isDomainError } from '@register/domain';
import { type StorageFailureKind, storageFailureOf, WrongExpectedVersion } from '@register/event-store';
import { JSON_BODY_LIMIT_BYTES } from '../body/json-body.parser';
import type { FieldError, ProblemParts } from './problem-document';
import { type ProblemCode, statusOf } from './problem-codes';
import { ProblemError } from './problem.error';

/** What the filter answers for a thrown value. */
export type ProblemAnswer =
  | { readonly kind: 'problem'; readonly parts: ProblemParts }
  /** Nobody meant this to reach a client: a bare 500 that says nothing, and a log line that says everything. */
  | { readonly kind: 'unexpected' };

/** Codes for the statuses of HttpExceptions that Nest, Fastify or a guard throw; any other takes its status phrase. */
const HTTP_STATUS_CODES: Readonly<Record<number, ProblemCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

const WRONG_EXPECTED_VERSION_DETAIL =
  'The register changed while this request was being handled: another write to the same record came first. ' +
  'Read the record again and retry.';

/** Maps anything a request may throw to the problem document api.md promises, or to a bare 500. */
export function toProblemAnswer(exception: unknown): ProblemAnswer {
  if (exception instanceof ProblemError) return problem(exception.code, exception.detail, exception.errors);
  if (isDomainError(exception)) return domainProblem(exception);
  if (exception instanceof WrongExpectedVersion) return problem('WRONG_EXPECTED_VERSION', WRONG_EXPECTED_VERSION_DETAIL);
  if (exception instanceof HttpException) return httpProblem(exception);
  const storage = storageFailureOf(exception);
  if (storage) return problem('STORAGE_UNAVAILABLE', `${STORAGE_FAILURE_DETAIL[storage.kind]}: ${STORAGE_FAILURE_ADVICE}`);
  return { kind: 'unexpected' };
}

const STORAGE_FAILURE_DETAIL: { readonly [kind in StorageFailureKind]: string } = {
  gone: "The register's database file was deleted or replaced while the service ran",
  damaged: "The register's database is damaged",
  full: "The disk that holds the register's database is full",
  unreachable: "The register's database cannot be reached",
};

const STORAGE_FAILURE_ADVICE =
  'the request was not completed and nothing it did is acknowledged. ' +
  'Repeat a write with the same Idempotency-Key once GET /health answers 200.';

function problem(code: ProblemCode, detail: string, errors?: readonly FieldError[]): ProblemAnswer {
  return { kind: 'problem', parts: { status: statusOf(code), code, detail, errors } };
}

function domainProblem(error: DomainError): ProblemAnswer {
  const { errors, ...meta } = error.meta as { errors?: unknown } & Record<string, unknown>;
  if (error.code !== 'VALIDATION_FAILED') {
    return { kind: 'problem', parts: { status: statusOf(error.code), code: error.code, detail: error.detail, meta: error.meta } };
  }
  // api.md: a 400 always lists its fields; the domain's validationFailed() puts them in meta.errors.
  const fieldErrors = isFieldErrorList(errors) ? errors : [{ field: stringOr(meta.field, ''), message: error.detail }];
  return { kind: 'problem', parts: { status: statusOf(error.code), code: error.code, detail: error.detail, errors: fieldErrors, meta } };
}

function httpProblem(exception: HttpException): ProblemAnswer {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const prepared = preparedProblem(status, response);
  if (prepared) return prepared;
  if (status >= 500) return { kind: 'unexpected' };
  const fromFastify = fastifyProblem(exception.cause);
  if (fromFastify) return fromFastify;
  const code = HTTP_STATUS_CODES[status] ?? snakeCase(STATUS_CODES[status] ?? `HTTP_${status}`);
  const detail = messageOf(response) ?? STATUS_CODES[status] ?? 'The request was refused.';
  const errors = code === 'VALIDATION_FAILED' ? [{ field: '', message: detail }] : undefined;
  return { kind: 'problem', parts: { status, code, detail, errors } };
}

/** An exception whose response already is a problem document (the auth guard's): its status, code and detail stand. */
function preparedProblem(status: number, response: unknown): ProblemAnswer | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const { code, detail, errors } = response as { code?: unknown; detail?: unknown; errors?: unknown };
  if (typeof code !== 'string' || typeof detail !== 'string') return undefined;
  return { kind: 'problem', parts: { status, code, detail, errors: isFieldErrorList(errors) ? errors : undefined } };
}

/**
 * Fastify marks its errors with a `code`; Nest wraps those under 500 in an
 * HttpException with the error as cause. The body's own checks (json-body.parser)
 * throw ProblemErrors; what Fastify refuses before them is read here.
 */
function fastifyProblem(cause: unknown): ProblemAnswer | undefined {
  const { code } = (cause ?? {}) as { code?: unknown };
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('PAYLOAD_TOO_LARGE', `The body is larger than the limit of ${JSON_BODY_LIMIT_BYTES} bytes.`);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem('VALIDATION_FAILED', 'The body is not as long as its Content-Length header says.', [
        { field: 'Content-Length', message: 'does not match the length of the body' },
      ]);
    default:
      return undefined;
  }
}

function messageOf(response: unknown): string | undefined {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown } | null)?.message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((item) => typeof item === 'string')) return message.join('; ');
  return undefined;
}

function isFieldErrorList(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item?.field === 'string' && typeof item?.message === 'string')
  );
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

function snakeCase(phrase: string): string {
  return phrase
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
