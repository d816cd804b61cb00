import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1 transcribed as the text defines it: MTH (§2.1.1), PATH
 * (§2.1.3.1) and PROOF/SUBPROOF (§2.1.4.1), recursive over the list of leaf
 * entries, with its own hashing. Slow on purpose and shares no code with the
 * library, so the tests compare the library's stored-node proofs with the
 * definition rather than with themselves.
 */
type Bytes = Buffer;

const sha = (...parts: Uint8Array[]): Bytes => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();

/** The largest power of two smaller than n. */
function k(n: number): number {
  let power = 1;
  while (power * 2 < n) power *= 2;
  return power;
}

export function referenceMth(entries: readonly Uint8Array[]): Bytes {
  const n = entries.length;
  if (n === 0) return sha();
  if (n === 1) return sha(Buffer.from([0]), entries[0]);
  return sha(Buffer.from([1]), referenceMth(entries.slice(0, k(n))), referenceMth(entries.slice(k(n))));
}

export function referencePath(m: number, entries: readonly Uint8Array[]): Bytes[] {
  const n = entries.length;
  if (n === 1) return [];
  const split = k(n);
  if (m < split) return [...referencePath(m, entries.slice(0, split)), referenceMth(entries.slice(split))];
  return [...referencePath(m - split, entries.slice(split)), referenceMth(entries.slice(0, split))];
}

export function referenceProof(m: number, entries: readonly Uint8Array[]): Bytes[] {
  return subproof(m, entries, true);
}

function subproof(m: number, entries: readonly Uint8Array[], b: boolean): Bytes[] {
  const n = entries.length;
  if (m === n) return b ? [] : [referenceMth(entries)];
  const split = k(n);
  if (m <= split) return [...subproof(m, entries.slice(0, split), b), referenceMth(entries.slice(split))];
  return [...subproof(m - split, entries.slice(split), false), referenceMth(entries.slice(0, split))];
}
