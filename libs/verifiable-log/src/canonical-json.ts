/**
 * The JSON Canonicalization Scheme of RFC 8785, as api.md ("Audit") defines
 * the canonical bytes of an event: object keys sorted at every depth by their
 * UTF-16 code units, no whitespace, and strings and numbers written exactly as
 * `JSON.stringify` writes them (which is what RFC 8785 specifies for both).
 *
 * Anything that is not a JSON value (undefined, a function, a bigint, NaN or
 * Infinity, a Date or other class instance) is refused with the path to it:
 * a hash over a value that would not survive a round trip through the
 * database could never be recomputed. The one exception is an object member
 * whose value is `undefined`: `JSON.stringify` and every store leave it out,
 * so it is left out here too.
 */
export class NotCanonicalJsonError extends Error {
  override name = 'NotCanonicalJsonError';
}

export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalJsonError(`${path} is ${value}, which JSON cannot hold`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value as object, path);
    default:
      throw new NotCanonicalJsonError(`${path} is a ${typeof value}, which JSON cannot hold`);
  }
}

function writeArray(items: readonly unknown[], path: string): string {
  return `[${items.map((item, i) => write(item, `${path}[${i}]`)).join(',')}]`;
}

function writeObject(object: object, path: string): string {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new NotCanonicalJsonError(`${path} is a ${object.constructor?.name ?? 'class instance'}, not a plain JSON object`);
  }
  const record = object as Record<string, unknown>;
  // Array.prototype.sort without a comparator orders strings by UTF-16 code units, as RFC 8785 §3.2.3 asks.
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`);
  return `{${members.join(',')}}`;
}
