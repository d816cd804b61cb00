/**
 * Where to go after signing in: a path of this service only. `//evil.example`
 * and `/\evil.example` are read by browsers as other hosts, so they fall back to the start page.
 */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 2000) return '/';
  return /[\u0000-\u001f]/.test(raw) ? '/' : raw;
}
