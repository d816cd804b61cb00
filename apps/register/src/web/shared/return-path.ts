/**
 * Where to go after signing in: a path of this service only. `//evil.example`
 * and `/\evil.example` are read by browsers as other hosts, so they fall back to the start page.
 */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 2000) return '/';
  // A control character (a newline, a tab) has no place in a path and could split a header.
  return [...raw].some((char) => char.charCodeAt(0) < 0x20) ? '/' : raw;
}
