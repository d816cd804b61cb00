/**
 * Which subtrees an RFC 9162 proof consists of, straight from the recursive
 * definitions of §2.1.3.1 (PATH) and §2.1.4.1 (PROOF, SUBPROOF), and how a
 * subtree is made of the complete subtrees the log stores.
 *
 * Sizes and indices are plain numbers, exact up to 2^53; no bitwise operator
 * is used because those cut numbers to 32 bits.
 */

/** Leaves [start, end) of the log, one subtree of the RFC 9162 tree. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A complete subtree: the 2^level leaves from index * 2^level on. These are
 * the nodes a log stores; every other subtree hash is computed from them.
 */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** k of RFC 9162 §2.1.1: the largest power of two smaller than n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * PATH(m, D[0:n]): the sibling subtrees from the leaf up to the root. The
 * definition appends each sibling after recursing into the other half, so the
 * sibling nearest the leaf comes first.
 */
export function inclusionPathRanges(leafIndex: number, treeSize: number): LeafRange[] {
  const siblings: LeafRange[] = [];
  let start = 0;
  let end = treeSize;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (leafIndex < start + k) {
      siblings.push({ start: start + k, end });
      end = start + k;
    } else {
      siblings.push({ start, end: start + k });
      start += k;
    }
  }
  return siblings.reverse();
}

/**
 * PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) for 0 < m <= n. `complete`
 * is SUBPROOF's b: whether the subtree recursed into is still one the old
 * tree had whole (its hash is then known to the verifier and left out).
 */
export function consistencyProofRanges(fromSize: number, toSize: number): LeafRange[] {
  const parts: LeafRange[] = [];
  let start = 0;
  let end = toSize;
  let complete = true;
  while (fromSize < end) {
    const k = splitPoint(end - start);
    if (fromSize - start <= k) {
      parts.push({ start: start + k, end });
      end = start + k;
    } else {
      parts.push({ start, end: start + k });
      start += k;
      complete = false;
    }
  }
  if (!complete) parts.push({ start, end });
  return parts.reverse();
}

/**
 * The stored complete subtrees that make up [start, end), leftmost first.
 * For a subtree of the RFC 9162 tree that is one node per set bit of its
 * size, so at most log2(n) + 1 of them.
 */
export function completeSubtrees(range: LeafRange): NodeId[] {
  const nodes: NodeId[] = [];
  let at = range.start;
  while (at < range.end) {
    let width = 1;
    while (at % (width * 2) === 0 && at + width * 2 <= range.end) width *= 2;
    nodes.push({ level: Math.log2(width), index: at / width });
    at += width;
  }
  return nodes;
}

/**
 * The place of a complete subtree in the order appending creates them (the
 * tree's post-order): appending leaf m writes its leaf and then the nodes its
 * arrival completes, level by level, after the 2m - popcount(m) nodes of the
 * m leaves before it. A store keyed by this number writes each step's nodes
 * at the end of one index, and keeps a leaf near the siblings of its proof.
 */
export function postOrderIndex({ level, index }: NodeId): number {
  const lastLeaf = (index + 1) * 2 ** level - 1;
  return 2 * lastLeaf - popcount(lastLeaf) + level;
}

/** The number of ones in the binary form of n (a whole number below 2^53). */
function popcount(n: number): number {
  let ones = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) ones += rest % 2;
  return ones;
}
