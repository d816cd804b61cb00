import fc from 'fast-check';
import vectors from '../testing/vectors/transparency-dev-proofs.json';
import { testEntries, treeOf } from '../testing/merkle-test-trees';
import { proveConsistency, proveInclusion, treeRoot } from './proofs';
import { verifyConsistency, verifyInclusion } from './verify-proofs';

const bytes = (base64: string): Buffer => Buffer.from(base64, 'base64');
/** Sizes above 2^53 are strings in the vectors file; as numbers they are not safe integers, which the verifier refuses. */
const size = (value: number | string): number => Number(value);

describe('proof verification against the transparency-dev/merkle test data', () => {
  it.each(vectors.inclusion.map((vector) => [vector.file, vector] as const))('inclusion %s', (_file, vector) => {
    const check = verifyInclusion(
      { leafIndex: size(vector.leafIdx), treeSize: size(vector.treeSize), leafHash: bytes(vector.leafHash), auditPath: (vector.proof ?? []).map(bytes) },
      bytes(vector.root),
    );
    expect({ desc: vector.desc, valid: check.valid }).toEqual({ desc: vector.desc, valid: !vector.wantErr });
  });

  it.each(vectors.consistency.map((vector) => [vector.file, vector] as const))('consistency %s', (_file, vector) => {
    const check = verifyConsistency(
      { from: size(vector.size1), to: size(vector.size2), path: (vector.proof ?? []).map(bytes) },
      bytes(vector.root1),
      bytes(vector.root2),
    );
    expect({ desc: vector.desc, valid: check.valid }).toEqual({ desc: vector.desc, valid: !vector.wantErr });
  });

  it('holds both verdicts for both kinds, so the suite could catch a verifier that always agrees or always refuses', () => {
    const verdicts = [...vectors.inclusion, ...vectors.consistency].map((vector) => vector.wantErr);
    expect(verdicts.filter((wantErr) => !wantErr).length).toBeGreaterThanOrEqual(12);
    expect(verdicts.filter((wantErr) => wantErr).length).toBeGreaterThanOrEqual(150);
  });
});

/**
 * Ways to spoil a proof; each must make verification fail. Not among them: a
 * different tree size with the same root. Where two sizes give the path the
 * same shape, RFC 9162 proofs cannot tell them apart; what ties a size to its
 * root is the signed checkpoint, whose signature the bundle checks.
 */
type Alteration = 'flip a bit' | 'drop a hash' | 'add a hash' | 'swap two hashes' | 'index + 1';
const ALTERATIONS: Alteration[] = ['flip a bit', 'drop a hash', 'add a hash', 'swap two hashes', 'index + 1'];

function alterPath(path: readonly Uint8Array[], how: Alteration, at: number): Uint8Array[] | undefined {
  const altered = path.map((hash) => Buffer.from(hash));
  const i = at % Math.max(1, altered.length);
  if (how === 'flip a bit' && altered.length > 0) altered[i][at % 32] ^= 1 << at % 8;
  else if (how === 'drop a hash' && altered.length > 0) altered.splice(i, 1);
  else if (how === 'add a hash') altered.splice(i, 0, Buffer.alloc(32, 7));
  else if (how === 'swap two hashes' && altered.length > 1 && !altered[i].equals(altered[(i + 1) % altered.length])) {
    [altered[i], altered[(i + 1) % altered.length]] = [altered[(i + 1) % altered.length], altered[i]];
  } else return undefined;
  return altered;
}

describe('every generated proof verifies, and every altered one fails', () => {
  const LEAVES = 1500;
  const tree = treeOf(testEntries(LEAVES));

  it('for inclusion proofs of any leaf in any tree up to 1,500 leaves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: LEAVES }), fc.nat(), fc.constantFrom(...ALTERATIONS), fc.nat(), async (n, pick, how, at) => {
        const proof = await proveInclusion(tree, pick % n, n);
        const root = await treeRoot(tree, n);
        expect(verifyInclusion(proof, root)).toEqual({ valid: true });
        const path = alterPath(proof.auditPath, how, at);
        if (path) expect(verifyInclusion({ ...proof, auditPath: path }, root).valid).toBe(false);
        if (how === 'index + 1' && proof.leafIndex + 1 < n) expect(verifyInclusion({ ...proof, leafIndex: proof.leafIndex + 1 }, root).valid).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('for consistency proofs of any pair of tree sizes up to 1,500 leaves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: LEAVES }), fc.nat(), fc.constantFrom(...ALTERATIONS), fc.nat(), async (n, pick, how, at) => {
        const m = 1 + (pick % (n - 1));
        const proof = await proveConsistency(tree, m, n);
        const [older, newer] = [await treeRoot(tree, m), await treeRoot(tree, n)];
        expect(verifyConsistency(proof, older, newer)).toEqual({ valid: true });
        const path = alterPath(proof.path, how, at);
        if (path) expect(verifyConsistency({ ...proof, path }, older, newer).valid).toBe(false);
        if (how === 'index + 1' && m + 1 < n) expect(verifyConsistency({ ...proof, from: m + 1 }, older, newer).valid).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('names what is wrong: a root hash that is not the tree\'s', async () => {
    const proof = await proveInclusion(tree, 3, 10);
    expect(verifyInclusion(proof, await treeRoot(tree, 11))).toEqual({
      valid: false,
      reason: 'the audit path does not lead from the leaf hash to the root hash',
    });
    const consistency = await proveConsistency(tree, 3, 10);
    expect(verifyConsistency(consistency, await treeRoot(tree, 4), await treeRoot(tree, 10))).toEqual({
      valid: false,
      reason: 'the proof does not lead to the root hash of the older tree (size 3)',
    });
  });
});
