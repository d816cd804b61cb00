import { MAX_FIELD_ERRORS } from '../validation/field-errors.mapper';

/** Keys JavaScript gives a meaning of their own; no request DTO declares them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The paths of `__proto__`, `constructor` and `prototype` keys anywhere in a
 * parsed body. JSON.parse makes them ordinary own keys, but the validation
 * pipe drops `__proto__` and class-transformer overwrites `constructor` before
 * the whitelist could report them, so the body would pass as if they were not
 * there; api.md wants every unknown field refused, and no later copy of the
 * body should carry them. Walks without recursion, so no nesting depth a 2 MiB
 * body allows can overflow the stack.
 */
export function prototypeKeyPaths(body: unknown): string[] {
  const found: string[] = [];
  const pending: Array<readonly [unknown, string]> = [[body, '']];
  for (let next = 0; next < pending.length && found.length < MAX_FIELD_ERRORS; next += 1) {
    const [value, path] = pending[next];
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, nested] of Object.entries(value)) {
        const nestedPath = path === '' ? key : `${path}.${key}`;
        if (PROTOTYPE_KEYS.has(key)) found.push(nestedPath);
        else pending.push([nested, nestedPath]);
      }
    }
  }
  return found;
}
