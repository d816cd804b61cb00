import { HASH_SIZE, type Hash } from './hashing';
import { MerkleFrontier } from './merkle-frontier';
import type { TreeNodeSource } from './node-source';
import type { NodeId } from './tree-ranges';

/**
 * A whole tree in memory: recomputing the tree from the events to compare it
 * with the stored one (`log verify`), tests, and the benchmark. Each level is
 * one growing buffer of 32-byte hashes, about 64 bytes per leaf in all, so a
 * million leaves take 64 MB rather than two million small objects.
 */
export class InMemoryMerkleTree implements TreeNodeSource {
  private readonly levels: HashColumn[] = [];
  private readonly frontier = MerkleFrontier.empty();

  get size(): number {
    return this.frontier.size;
  }

  append(leafHash: Hash): void {
    for (const node of this.frontier.append(leafHash)) {
      (this.levels[node.level] ??= new HashColumn()).set(node.index, node.hash);
    }
  }

  root(): Hash {
    return this.frontier.root();
  }

  async readNodes(ids: readonly NodeId[]): Promise<readonly Hash[]> {
    return ids.map(({ level, index }) => {
      const hash = this.levels[level]?.get(index);
      if (hash === undefined) throw new RangeError(`no complete subtree at level ${level}, index ${index} in a tree of ${this.size} leaves`);
      return hash;
    });
  }
}

/** Hashes at consecutive indices in one buffer that doubles when full. */
class HashColumn {
  private bytes = Buffer.alloc(HASH_SIZE * 1024);
  private count = 0;

  set(index: number, hash: Hash): void {
    if (index !== this.count) throw new Error(`nodes of a level are stored in order; expected index ${this.count}, got ${index}`);
    if ((index + 1) * HASH_SIZE > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    this.bytes.set(hash, index * HASH_SIZE);
    this.count += 1;
  }

  get(index: number): Hash | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    return this.bytes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }
}
