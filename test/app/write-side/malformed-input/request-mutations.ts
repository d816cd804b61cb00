import type { WriteRoute } from '../routes/write-route';
import type { MalformedCase, MalformedExpectation } from './malformed-case';

const JSON_TYPE = 'application/json';
/** JSON that is no object, or no JSON at all: the body parser or the validation refuses it. */
const NOT_JSON_OBJECT: MalformedExpectation = { statuses: [400, 422] };
/**
 * api.md says "JSON in and out" and names no status for other media types:
 * 400 (the JSON body is missing) and 415 Unsupported Media Type both tell the
 * client what is wrong.
 */
const NOT_JSON_MEDIA: MalformedExpectation = { statuses: [400, 415] };
/** A body far larger than any register record: 413 Payload Too Large, or 400 when a field is over its limit. */
const OVERSIZE: MalformedExpectation = { statuses: [400, 413, 422] };
const OVERSIZE_CHARACTERS = 2 * 1024 * 1024;
/** api.md: "Unknown fields in a body are a 400". */
const unknownField = (field: string): MalformedExpectation => ({ statuses: [400], validationErrorOn: field });

function rawCase(route: WriteRoute, what: string, text: string, contentType: string, expected: MalformedExpectation): MalformedCase {
  return {
    name: `${route.name}: ${what}`,
    route: route.name,
    send: (client) => client.postRaw(route.path, text, contentType),
    expected,
  };
}

function formEncoded(body: Record<string, unknown>): string {
  return new URLSearchParams(Object.entries(body).map(([key, value]): [string, string] => [key, String(value)])).toString();
}

/**
 * Requests whose body is not a JSON object of the route: other JSON values,
 * broken JSON text, other media types, prototype keys and a huge body.
 */
export function requestMutations(route: WriteRoute): MalformedCase[] {
  const valid = JSON.stringify(route.validBody);
  const [firstField] = Object.keys(route.fields);
  const huge = JSON.stringify({ ...route.validBody, [firstField]: 'x'.repeat(OVERSIZE_CHARACTERS) });
  const json = (what: string, text: string) => rawCase(route, what, text, JSON_TYPE, NOT_JSON_OBJECT);
  return [
    json('the JSON array []', '[]'),
    json('an array holding the valid body', `[${valid}]`),
    json('the JSON string "text"', '"text"'),
    json('the JSON number 42', '42'),
    json('the JSON null', 'null'),
    json('the JSON true', 'true'),
    // An empty body reads as {}, which a route without required fields (the adoption, `{}` in api.md) accepts.
    ...(Object.values(route.fields).some((field) => field.required) ? [json('an empty body', '')] : []),
    json('JSON cut off halfway', valid.slice(0, Math.floor(valid.length / 2))),
    json('JSON with a trailing comma', `${valid.slice(0, -1)},}`),
    json('single-quoted JavaScript instead of JSON', valid.replaceAll('"', "'")),
    json('the valid body followed by garbage', `${valid}x`),
    json('two JSON objects in a row', `${valid}${valid}`),
    json('the bare word undefined', 'undefined'),
    // Unknown fields that class-transformer would drop or misuse before the unknown-field check could see them.
    rawCase(route, 'an own __proto__ key', `{"__proto__":{"registrar":true},${valid.slice(1)}`, JSON_TYPE, unknownField('__proto__')),
    rawCase(route, 'an own constructor key', `{"constructor":{"prototype":{"registrar":true}},${valid.slice(1)}`, JSON_TYPE, unknownField('constructor')),
    rawCase(route, 'valid JSON sent as text/plain', valid, 'text/plain', NOT_JSON_MEDIA),
    rawCase(route, 'the body form-encoded', formEncoded(route.validBody), 'application/x-www-form-urlencoded', NOT_JSON_MEDIA),
    rawCase(route, 'the body as XML', '<mandate><id>x</id></mandate>', 'application/xml', NOT_JSON_MEDIA),
    rawCase(route, 'valid JSON as application/octet-stream', valid, 'application/octet-stream', NOT_JSON_MEDIA),
    rawCase(route, `${firstField} of 2 MiB`, huge, JSON_TYPE, OVERSIZE),
  ];
}
