import { hashLeaf } from '../merkle/hashing';
import { InMemoryMerkleTree } from '../merkle/in-memory-merkle-tree';
import type { TreeNodeSource } from '../merkle/node-source';
import type { NodeId } from '../merkle/tree-ranges';

/** Leaf entries that differ from each other: "entry 0", "entry 1", ... */
export function testEntries(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => Buffer.from(`entry ${i}`));
}

export function treeOf(entries: readonly Uint8Array[]): InMemoryMerkleTree {
  const tree = new InMemoryMerkleTree();
  for (const entry of entries) tree.append(hashLeaf(entry));
  return tree;
}

/** A node source that records what it is asked, to show how many nodes a proof reads. */
export class CountingNodeSource implements TreeNodeSource {
  readonly asked: NodeId[][] = [];

  constructor(private readonly inner: TreeNodeSource) {}

  readNodes(ids: readonly NodeId[]) {
    this.asked.push([...ids]);
    return this.inner.readNodes(ids);
  }
}
