import { EMPTY_TREE_HASH, hashChildren, type Hash } from './hashing';
import type { TreeNode, TreeNodeSource } from './node-source';
import { completeSubtrees, type NodeId } from './tree-ranges';
import { foldSubtrees } from './proofs';

/**
 * The right edge of the tree: the complete subtrees that cover leaves
 * [0, size), largest first (one per set bit of size). It is all that
 * appending needs: a new leaf merges with the equal-sized subtrees on its
 * left like a carry in binary addition, and every merge completes one more
 * node to store. A projection loads it once (`frontierNodeIds(size)`, at most
 * 53 reads) and keeps it in memory between batches.
 */
export class MerkleFrontier {
  private constructor(
    private treeSize: number,
    private readonly edge: TreeNode[],
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** The frontier of a stored tree of `size` leaves. */
  static async load(source: TreeNodeSource, size: number): Promise<MerkleFrontier> {
    const ids = frontierNodeIds(size);
    const hashes = await source.readNodes(ids);
    return new MerkleFrontier(
      size,
      ids.map((id, i) => ({ ...id, hash: hashes[i] })),
    );
  }

  get size(): number {
    return this.treeSize;
  }

  /** Adds the next leaf; answers every node that became complete, the leaf first, each to be stored once. */
  append(leafHash: Hash): TreeNode[] {
    let node: TreeNode = { level: 0, index: this.treeSize, hash: leafHash };
    const completed = [node];
    while (this.edge.length > 0 && this.edge[this.edge.length - 1].level === node.level) {
      const left = this.edge.pop() as TreeNode;
      node = { level: node.level + 1, index: left.index / 2, hash: hashChildren(left.hash, node.hash) };
      completed.push(node);
    }
    this.edge.push(node);
    this.treeSize += 1;
    return completed;
  }

  root(): Hash {
    return this.edge.length === 0 ? EMPTY_TREE_HASH : foldSubtrees(this.edge.map((node) => node.hash));
  }
}

export function frontierNodeIds(size: number): NodeId[] {
  return size === 0 ? [] : completeSubtrees({ start: 0, end: size });
}
