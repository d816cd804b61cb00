import type { Hash } from './hashing';
import type { NodeId } from './tree-ranges';

/**
 * Where proofs read the tree from: the hashes of complete subtrees by
 * (level, index), level 0 being the leaf hashes (see the library's README for
 * the table the projection keeps them in). A proof for any leaf and any tree
 * size asks for at most 2 * log2(n) + 2 of them, in one call, so a SQL source
 * answers it with one indexed query and never reads the log.
 */
export interface TreeNodeSource {
  /** The hash of each node asked for, in the order asked; throws when one is not stored. */
  readNodes(ids: readonly NodeId[]): Promise<readonly Hash[]>;
}

/** A complete subtree with its hash, as appending a leaf produces it and a store keeps it. */
export interface TreeNode extends NodeId {
  readonly hash: Hash;
}
