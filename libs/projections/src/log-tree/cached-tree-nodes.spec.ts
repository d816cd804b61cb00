import { proveInclusion, verifyInclusion } from '@register/verifiable-log';
import { hashLeaf } from '../../../verifiable-log/src/merkle/hashing';
import { InMemoryMerkleTree } from '../../../verifiable-log/src/merkle/in-memory-merkle-tree';
import { CountingNodeSource, testEntries, treeOf } from '../../../verifiable-log/src/testing/merkle-test-trees';
import { CachedTreeNodes } from './cached-tree-nodes';

const LEAVES = 5_000;

describe('CachedTreeNodes', () => {
  const tree = treeOf(testEntries(LEAVES));

  it('gives the proofs the stored tree gives, and asks it only for nodes below 2^10 leaves once the upper ones were read', async () => {
    const stored = new CountingNodeSource(tree);
    const cached = new CachedTreeNodes(stored);
    for (const leaf of [0, 1_234, 4_999, 2_048, 1_234]) {
      const proof = await proveInclusion(cached, leaf, LEAVES);
      expect(proof).toEqual(await proveInclusion(tree, leaf, LEAVES));
      expect(verifyInclusion(proof, tree.root()).valid).toBe(true);
    }
    const later = stored.asked.slice(1).flat();
    expect(later.filter((id) => id.level >= 10 && stored.asked[0].some((first) => first.level === id.level && first.index === id.index))).toEqual([]);
    expect(later.some((id) => id.level < 10)).toBe(true);
  });

  it('keeps nothing from a read that failed, so a node stored later is read then', async () => {
    const growing = new InMemoryMerkleTree();
    const cached = new CachedTreeNodes(growing);
    const entries = testEntries(2_048);
    for (const entry of entries.slice(0, 1_024)) growing.append(hashLeaf(entry));
    await expect(cached.readNodes([{ level: 10, index: 1 }])).rejects.toThrow();
    for (const entry of entries.slice(1_024)) growing.append(hashLeaf(entry));
    expect(await cached.readNodes([{ level: 10, index: 1 }, { level: 10, index: 0 }])).toEqual(await growing.readNodes([{ level: 10, index: 1 }, { level: 10, index: 0 }]));
  });
});
