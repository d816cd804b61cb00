import { HASH_SIZE, hashChildren, sameHash, type Hash } from './hashing';

/**
 * Proof verification exactly as RFC 9162 describes it, step by step:
 * §2.1.3.2 for inclusion and §2.1.4.2 for consistency, with fn and sn named
 * as there. This is the code an auditor needs to trust; it shares nothing
 * with the code that generates proofs except the two hash functions.
 */
export type ProofCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

const VALID: ProofCheck = { valid: true };
const invalid = (reason: string): ProofCheck => ({ valid: false, reason });

export interface InclusionClaim {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Hash;
  readonly auditPath: readonly Hash[];
}

export function verifyInclusion(proof: InclusionClaim, rootHash: Hash): ProofCheck {
  const { leafIndex, treeSize, leafHash, auditPath } = proof;
  if (!isSize(leafIndex) || !isSize(treeSize)) return invalid('leafIndex and treeSize must be whole numbers from 0 to 2^53 - 1');
  if (leafIndex >= treeSize) return invalid(`leafIndex ${leafIndex} is not below treeSize ${treeSize}`);
  const badLength = wrongLength({ leafHash, rootHash }, auditPath);
  if (badLength) return invalid(badLength);
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of auditPath) {
    if (sn === 0) return invalid('the audit path has more hashes than the tree has levels');
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(p, r);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = hashChildren(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  if (sn !== 0) return invalid('the audit path has fewer hashes than the tree has levels');
  if (!sameHash(r, rootHash)) return invalid('the audit path does not lead from the leaf hash to the root hash');
  return VALID;
}

export interface ConsistencyClaim {
  readonly from: number;
  readonly to: number;
  readonly path: readonly Hash[];
}

export function verifyConsistency(proof: ConsistencyClaim, fromRoot: Hash, toRoot: Hash): ProofCheck {
  const { from, to, path } = proof;
  if (!isSize(from) || !isSize(to)) return invalid('from and to must be whole numbers from 0 to 2^53 - 1');
  if (from > to) return invalid(`from ${from} is larger than to ${to}`);
  if (from === 0) return invalid('a consistency proof from the empty tree proves nothing (RFC 9162 requires 0 < first)');
  if (from === to) {
    if (path.length > 0) return invalid('trees of the same size need an empty proof');
    return sameHash(fromRoot, toRoot) ? VALID : invalid(`two different root hashes for the same tree size ${to}`);
  }
  const badLength = wrongLength({ fromRoot, toRoot }, path);
  if (badLength) return invalid(badLength);
  if (path.length === 0) return invalid('the proof is empty');
  return walkConsistencyPath(from, to, isPowerOfTwo(from) ? [fromRoot, ...path] : path, fromRoot, toRoot);
}

/** Steps 3 to 7 of §2.1.4.2, on the path with first_hash already prepended where step 2 says so. */
function walkConsistencyPath(from: number, to: number, path: readonly Hash[], fromRoot: Hash, toRoot: Hash): ProofCheck {
  let fn = from - 1;
  let sn = to - 1;
  while (isOdd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return invalid('the proof has more hashes than the trees have levels');
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = hashChildren(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  if (sn !== 0) return invalid('the proof has fewer hashes than the trees have levels');
  if (!sameHash(fr, fromRoot)) return invalid(`the proof does not lead to the root hash of the older tree (size ${from})`);
  if (!sameHash(sr, toRoot)) return invalid(`the proof does not lead to the root hash of the newer tree (size ${to})`);
  return VALID;
}

function wrongLength(named: Record<string, Hash>, path: readonly Hash[]): string | undefined {
  for (const [name, hash] of Object.entries(named)) {
    if (hash.length !== HASH_SIZE) return `${name} has ${hash.length} bytes, not ${HASH_SIZE}`;
  }
  const at = path.findIndex((hash) => hash.length !== HASH_SIZE);
  return at < 0 ? undefined : `hash ${at} of the path has ${path[at].length} bytes, not ${HASH_SIZE}`;
}

// Arithmetic rather than bitwise operators: those cut numbers to 32 bits.
const isSize = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);
const isPowerOfTwo = (n: number): boolean => n > 0 && 2 ** Math.round(Math.log2(n)) === n;
