/**
 * How deep a request body may nest objects and arrays. The deepest body of
 * api.md nests three levels (a mandate's `consentBasis`, a document's `term`);
 * 32 leaves room for any sane client and none for a body built to overflow
 * the stack of whatever walks it recursively (class-transformer, the
 * validator, the canonical JSON of an idempotency key).
 */
export const MAX_JSON_NESTING_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]); // { [
const CLOSERS = new Set([0x7d, 0x5d]); // } ]

/**
 * Whether JSON `text` nests objects and arrays deeper than `limit`, decided
 * in one pass over its characters before anything parses it: brackets inside
 * strings do not count. Ill-formed text is left for JSON.parse to refuse.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    }
  }
  return false;
}
