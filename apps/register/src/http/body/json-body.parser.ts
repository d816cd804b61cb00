import { ProblemError } from '../problem/problem.error';
import { MAX_JSON_NESTING_DEPTH, nestsDeeperThan } from './json-nesting';
import { prototypeKeyPaths } from './prototype-keys';

/**
 * The largest JSON body the service reads. Documents carry their text
 * (`content`, at most MAX_CONTENT_LENGTH characters): even written entirely in
 * three-byte characters that fits, with room for the other fields.
 */
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** `application/json` and the structured `+json` types (`application/merge-patch+json`), with or without parameters. */
export const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

const CHARSET_PARAMETER = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** Throws on a byte sequence that is not UTF-8 instead of putting U+FFFD in its place; a BOM stays, for JSON.parse to refuse. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body of a request declared JSON, parsed. Every body of api.md is a JSON
 * object: `[]`, `"text"`, `42` or `null` are refused here with a message that
 * says so, and so are keys such as `__proto__` (see prototypeKeyPaths), so the
 * validation pipe only ever sees objects. An empty body is no body. Bytes that
 * are not UTF-8 are refused rather than stored as replacement characters (a
 * register keeps what was sent or nothing), and so is a body nested deeper
 * than MAX_JSON_NESTING_DEPTH, before anything walks it.
 */
export function parseJsonObjectBody(bytes: Uint8Array, contentType: string | undefined): unknown {
  const charset = CHARSET_PARAMETER.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ProblemError('UNSUPPORTED_MEDIA_TYPE', `The body must be UTF-8 JSON, not charset ${charset}.`);
  }
  if (bytes.length === 0) return undefined;
  const text = utf8TextOf(bytes);
  if (nestsDeeperThan(text, MAX_JSON_NESTING_DEPTH)) {
    const message = `nests objects and arrays deeper than ${MAX_JSON_NESTING_DEPTH} levels`;
    throw ProblemError.validationFailed([{ field: '', message }], `The body ${message}.`);
  }
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const kind = body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`;
    const message = `must be a JSON object, not ${kind}`;
    throw ProblemError.validationFailed([{ field: '', message }], `The body ${message}.`);
  }
  const prototypeKeys = prototypeKeyPaths(body);
  if (prototypeKeys.length > 0) {
    throw ProblemError.validationFailed(prototypeKeys.map((field) => ({ field, message: 'is not a field of this request' })));
  }
  return body;
}

/**
 * 415 for a body that is not declared JSON. Without this, a form or text body
 * would be parsed as something else or ignored, and then fail as "missing
 * fields", which hides the real mistake. An empty body (`Content-Length: 0`,
 * as curl -X POST sends) is no body, whatever its declared type.
 */
export function refuseNonJsonBody(byteLength: number, contentType: string | undefined): undefined {
  if (byteLength === 0) return undefined;
  throw new ProblemError('UNSUPPORTED_MEDIA_TYPE', `The body must be application/json, not ${contentType || 'no Content-Type'}.`);
}

function utf8TextOf(bytes: Uint8Array): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const message = 'is not valid UTF-8: it holds a byte sequence that encodes no character';
    throw ProblemError.validationFailed([{ field: '', message }], `The body ${message}.`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'syntax error';
    throw ProblemError.validationFailed([{ field: '', message: `is not well-formed JSON: ${reason}` }], 'The body is not well-formed JSON.');
  }
}
