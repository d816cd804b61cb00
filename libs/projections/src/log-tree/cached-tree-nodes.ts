import { type Hash, type NodeId, postOrderIndex, type TreeNodeSource } from '@register/verifiable-log';

/** Nodes covering at least 2^10 leaves are kept: at most one per 512 events in memory. */
const LOWEST_KEPT_LEVEL = 10;

/**
 * The upper levels of the tree, kept in memory in front of a stored tree.
 * Every proof of a large tree asks for the same few nodes near the root; a
 * stored node never changes (a complete subtree stays complete, and the log
 * it hashes is immutable), so one read of it from the database answers every
 * later proof. Only nodes covering many leaves are kept, so memory stays a
 * small fraction of the tree. Used for the questions of the API, never by
 * the checks that compare the stored tree with the log (those must read what
 * is stored).
 */
export class CachedTreeNodes implements TreeNodeSource {
  /** By post-order number. */
  private readonly kept = new Map<number, Hash>();

  constructor(private readonly stored: TreeNodeSource) {}

  async readNodes(ids: readonly NodeId[]): Promise<readonly Hash[]> {
    const hashes: (Hash | undefined)[] = ids.map((id) => (id.level >= LOWEST_KEPT_LEVEL ? this.kept.get(postOrderIndex(id)) : undefined));
    const missing = ids.filter((_, n) => hashes[n] === undefined);
    if (missing.length === 0) return hashes as Hash[];
    const read = await this.stored.readNodes(missing);
    let next = 0;
    return ids.map((id, n) => {
      const known = hashes[n];
      if (known !== undefined) return known;
      const hash = read[next++];
      if (id.level >= LOWEST_KEPT_LEVEL) this.kept.set(postOrderIndex(id), hash);
      return hash;
    });
  }
}
