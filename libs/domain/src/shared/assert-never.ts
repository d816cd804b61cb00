/**
 * Closes every switch over a tagged union: adding a command or event type
 * without handling it becomes a compile error, and a malformed value read back
 * from a store becomes a loud failure instead of a silent no-op.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected variant: ${JSON.stringify(value)}`);
}
