import { createHash } from 'node:crypto';

/**
 * JSON text that is the same for equal values whatever the order of their
 * keys, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are one request. Arrays keep
 * their order: a list of powers in another order is another list.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) => (isPlainObject(nested) ? sortedKeys(nested) : nested)) ?? 'null';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}
