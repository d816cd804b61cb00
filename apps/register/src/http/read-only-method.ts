/**
 * GET and HEAD, the methods whose routes only read (RFC 9110 §9.2.1: safe).
 * Request-wide work that exists for writes (an identity to write events under,
 * waiting for the read side) is skipped for them, since a read neither writes
 * nor answers a position to wait for.
 */
const READ_ONLY_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

export function isReadOnlyMethod(method: string | undefined): boolean {
  return method !== undefined && READ_ONLY_METHODS.has(method);
}
