import { EMPTY_TREE_HASH, hashChildren, type Hash } from './hashing';
import type { TreeNodeSource } from './node-source';
import { completeSubtrees, consistencyProofRanges, inclusionPathRanges, type LeafRange, type NodeId } from './tree-ranges';

/** RFC 9162 §2.1.3 inclusion proof; `auditPath` runs from the leaf's sibling up. */
export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Hash;
  readonly auditPath: readonly Hash[];
}

/** RFC 9162 §2.1.4 consistency proof between the trees of `from` and `to` leaves. */
export interface ConsistencyProof {
  readonly from: number;
  readonly to: number;
  readonly path: readonly Hash[];
}

export async function proveInclusion(source: TreeNodeSource, leafIndex: number, treeSize: number): Promise<InclusionProof> {
  requireSize('treeSize', treeSize);
  requireSize('leafIndex', leafIndex);
  if (leafIndex >= treeSize) throw new RangeError(`leafIndex ${leafIndex} is not in a tree of ${treeSize} leaves`);
  const leaf = { start: leafIndex, end: leafIndex + 1 };
  const [leafHash, ...auditPath] = await subtreeHashes(source, [leaf, ...inclusionPathRanges(leafIndex, treeSize)]);
  return { leafIndex, treeSize, leafHash, auditPath };
}

/** From 0 there is nothing to prove (RFC 9162 defines proofs for 0 < from); from === to is the empty proof. */
export async function proveConsistency(source: TreeNodeSource, from: number, to: number): Promise<ConsistencyProof> {
  requireSize('from', from);
  requireSize('to', to);
  if (from < 1 || from > to) throw new RangeError(`a consistency proof needs 1 <= from <= to; got from ${from}, to ${to}`);
  return { from, to, path: await subtreeHashes(source, consistencyProofRanges(from, to)) };
}

/** MTH(D[0:size]), the root hash a checkpoint of that size signs. */
export async function treeRoot(source: TreeNodeSource, size: number): Promise<Hash> {
  requireSize('size', size);
  if (size === 0) return EMPTY_TREE_HASH;
  const [root] = await subtreeHashes(source, [{ start: 0, end: size }]);
  return root;
}

/** Reads every node the ranges need in one call, then folds each range's nodes into its hash. */
async function subtreeHashes(source: TreeNodeSource, ranges: readonly LeafRange[]): Promise<Hash[]> {
  const plans = ranges.map(completeSubtrees);
  const ids: NodeId[] = plans.flat();
  const hashes = await source.readNodes(ids);
  if (hashes.length !== ids.length) throw new Error(`the node source answered ${hashes.length} of ${ids.length} nodes`);
  let next = 0;
  return plans.map((plan) => foldSubtrees(hashes.slice(next, (next += plan.length))));
}

/**
 * The hash of an RFC 9162 subtree from its complete subtrees, leftmost first:
 * MTH splits off the largest power of two on the left, so the tree is
 * H(c1, H(c2, ... H(c[k-1], c[k]))), folded from the right.
 */
export function foldSubtrees(hashes: readonly Hash[]): Hash {
  if (hashes.length === 0) throw new Error('a subtree has at least one leaf');
  let hash = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i -= 1) hash = hashChildren(hashes[i], hash);
  return hash;
}

function requireSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number from 0; got ${value}`);
}
