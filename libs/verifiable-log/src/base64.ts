/**
 * Standard base64 (RFC 4648 §4) with padding, decoded strictly: Node's own
 * decoder skips characters it does not know, so "AAAA!" and "AAAA" would read
 * alike, and a verifier must not accept two spellings of one hash.
 */
const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The bytes, or undefined when `text` is not canonical standard base64. */
export function decodeBase64(text: string): Buffer | undefined {
  if (!CANONICAL_BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  // Unused bits in the last character must be zero, or two texts decode to the same bytes.
  return bytes.toString('base64') === text ? bytes : undefined;
}
