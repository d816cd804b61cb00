import fc from 'fast-check';
import { CountingNodeSource, testEntries, treeOf } from '../testing/merkle-test-trees';
import { referenceMth, referencePath, referenceProof } from '../testing/rfc9162-reference';
import { proveConsistency, proveInclusion, treeRoot } from './proofs';
import { completeSubtrees, consistencyProofRanges, inclusionPathRanges, type NodeId } from './tree-ranges';

const hex = (hashes: readonly Uint8Array[]): string[] => hashes.map((hash) => Buffer.from(hash).toString('hex'));
const MAX_EXHAUSTIVE = 64;
const entries = testEntries(MAX_EXHAUSTIVE);
const tree = treeOf(entries);

describe('proofs generated from stored nodes', () => {
  it(`equal the RFC 9162 definitions (a recursive transcription) for every leaf of every tree up to ${MAX_EXHAUSTIVE} leaves`, async () => {
    for (let n = 1; n <= MAX_EXHAUSTIVE; n += 1) {
      for (let m = 0; m < n; m += 1) {
        const proof = await proveInclusion(tree, m, n);
        expect({ n, m, path: hex(proof.auditPath) }).toEqual({ n, m, path: hex(referencePath(m, entries.slice(0, n))) });
      }
      expect(hex([await treeRoot(tree, n)])).toEqual(hex([referenceMth(entries.slice(0, n))]));
    }
  });

  it(`equal the RFC 9162 consistency proofs for all ${(MAX_EXHAUSTIVE * (MAX_EXHAUSTIVE + 1)) / 2} pairs 1 <= m <= n <= ${MAX_EXHAUSTIVE}`, async () => {
    for (let n = 1; n <= MAX_EXHAUSTIVE; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        const proof = await proveConsistency(tree, m, n);
        expect({ m, n, path: hex(proof.path) }).toEqual({ m, n, path: hex(referenceProof(m, entries.slice(0, n))) });
      }
    }
  });

  it('carry the leaf hash and the sizes they were asked for', async () => {
    const proof = await proveInclusion(tree, 5, 9);
    expect({ leafIndex: proof.leafIndex, treeSize: proof.treeSize, leafHash: hex([proof.leafHash]) }).toEqual({
      leafIndex: 5,
      treeSize: 9,
      leafHash: hex([referenceMth([entries[5]])]),
    });
    await expect(proveConsistency(tree, 3, 9)).resolves.toMatchObject({ from: 3, to: 9 });
  });

  it.each([
    [() => proveInclusion(tree, 7, 7), 'leafIndex 7 is not in a tree of 7 leaves'],
    [() => proveInclusion(tree, -1, 7), 'leafIndex must be a whole number from 0; got -1'],
    [() => proveInclusion(tree, 0, 2 ** 53), 'treeSize must be a whole number from 0; got 9007199254740992'],
    [() => proveConsistency(tree, 0, 7), 'a consistency proof needs 1 <= from <= to; got from 0, to 7'],
    [() => proveConsistency(tree, 8, 7), 'a consistency proof needs 1 <= from <= to; got from 8, to 7'],
  ])('refuse what RFC 9162 does not define (%#)', async (prove, message) => {
    await expect(prove()).rejects.toThrow(message);
  });

  it('fail when the tree asked for is larger than the one stored, naming the missing node', async () => {
    await expect(proveInclusion(tree, 3, MAX_EXHAUSTIVE + 1)).rejects.toThrow('no complete subtree at level 0, index 64 in a tree of 64 leaves');
  });
});

describe('the nodes a proof reads', () => {
  const ids = (ranges: ReturnType<typeof inclusionPathRanges>): string[] => ranges.flatMap(completeSubtrees).map(key).sort();
  const key = ({ level, index }: NodeId): string => `${level}:${index}`;
  const set = (...pairs: [number, number][]): string[] => pairs.map(([level, index]) => key({ level, index })).sort();

  // The storage nodes transparency-dev/merkle fetches for the same proofs (proof/proof_test.go at 417fb0c, Apache 2.0).
  it.each([
    [1, 0, set()],
    [2, 0, set([0, 1])],
    [3, 1, set([0, 0], [0, 2])],
    [7, 0, set([0, 1], [1, 1], [0, 6], [1, 2])],
    [7, 3, set([0, 2], [1, 0], [0, 6], [1, 2])],
    [7, 4, set([0, 5], [0, 6], [2, 0])],
    [7, 6, set([1, 2], [2, 0])],
    [5, 3, set([0, 2], [1, 0], [0, 4])],
    [6, 4, set([0, 5], [2, 0])],
    [15, 10, set([0, 11], [1, 4], [0, 14], [1, 6], [3, 0])],
    [31, 24, set([0, 25], [1, 13], [0, 30], [1, 14], [3, 2], [4, 0])],
    [95, 81, set([0, 80], [1, 41], [2, 21], [0, 94], [1, 46], [2, 22], [4, 4], [6, 0])],
  ])('for inclusion in a tree of %i at leaf %i are those transparency-dev/merkle reads', (size, index, expected) => {
    expect(ids(inclusionPathRanges(index, size))).toEqual(expected);
  });

  it.each([
    [1, 2, set([0, 1])],
    [1, 6, set([0, 1], [1, 1], [1, 2])],
    [2, 3, set([0, 2])],
    [2, 8, set([1, 1], [2, 1])],
    [3, 7, set([0, 2], [0, 3], [1, 0], [0, 6], [1, 2])],
    [4, 7, set([0, 6], [1, 2])],
    [5, 7, set([0, 4], [0, 5], [0, 6], [2, 0])],
    [7, 8, set([0, 6], [0, 7], [1, 2], [2, 0])],
    [5, 5, set()],
    [10, 15, set([1, 4], [1, 5], [0, 14], [1, 6], [3, 0])],
    [24, 31, set([3, 2], [0, 30], [1, 14], [2, 6], [4, 0])],
    [81, 95, set([0, 80], [0, 81], [1, 41], [2, 21], [0, 94], [1, 46], [2, 22], [4, 4], [6, 0])],
  ])('for consistency from %i to %i are those transparency-dev/merkle reads', (from, to, expected) => {
    expect(ids(consistencyProofRanges(from, to))).toEqual(expected);
  });

  it('are at most 2 * ceil(log2 n) + 2, fetched in one call, for any leaf, any pair and any size up to 2^40', async () => {
    const bound = (n: number): number => 2 * Math.ceil(Math.log2(n)) + 2;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (n, fraction) => {
        const m = Math.floor(fraction * n);
        expect(inclusionPathRanges(m, n).flatMap(completeSubtrees).length + 1).toBeLessThanOrEqual(bound(n));
        expect(consistencyProofRanges(Math.max(1, m), n).flatMap(completeSubtrees).length).toBeLessThanOrEqual(bound(n));
      }),
    );
    const counting = new CountingNodeSource(tree);
    await proveInclusion(counting, 17, 63);
    await proveConsistency(counting, 17, 63);
    expect(counting.asked).toHaveLength(2);
  });
});
