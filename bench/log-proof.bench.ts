import { createHash } from 'node:crypto';
import { InMemoryMerkleTree, proveInclusion, treeRoot, verifyInclusion, type TreeNodeSource } from '@register/verifiable-log';
import type { BenchContext } from './bench-context';
import { compare, type Contender } from './measure';
import type { BenchResult } from './report';

const SMALL_TREE = 10_000;
const LARGE_TREE = 1_000_000;
/**
 * A proof costs about log2(n) hashes and node reads, so "no worse than
 * logarithmic" means the rate at a million leaves keeps at least
 * log2(10^4) / log2(10^6) = 2/3 of the rate at ten thousand.
 */
const LOGARITHMIC_RATIO = Math.log2(SMALL_TREE) / Math.log2(LARGE_TREE);

/** Builds the tree the proofs are read from: in memory here; phase 2 passes the SQL node store. */
export type NodeSourceFactory = (leaves: number) => Promise<TreeNodeSource>;

/**
 * log.proof.inclusion: inclusion proofs per second for random leaves of a
 * tree of 1,000,000 leaves, as a ratio to the same at 10,000 leaves, over the
 * same kind of node source in the same run. Building the trees is not timed.
 */
export async function logProofBench(ctx: BenchContext, nodeSource: NodeSourceFactory = inMemoryTree): Promise<BenchResult[]> {
  const proofs = Math.max(100, Math.round(20_000 * (ctx.sizes.singleAppends / 5_000)));
  ctx.note(`log: inclusion proofs of ${proofs} random leaves per round at ${SMALL_TREE} and ${LARGE_TREE} leaves, in-memory node source`);
  const trees = new Map<number, Promise<TreeNodeSource>>();
  const treeOf = (leaves: number) => trees.get(leaves) ?? trees.set(leaves, nodeSource(leaves)).get(leaves)!;
  const result = await compare(
    {
      name: 'log.proof.inclusion',
      unit: 'proofs/s',
      referenceName: `the same at ${SMALL_TREE.toLocaleString('en-US')} leaves`,
      target: Math.floor(LOGARITHMIC_RATIO * 100) / 100,
      subject: proving(() => treeOf(LARGE_TREE), LARGE_TREE, proofs, ctx.sizes.slices),
      reference: proving(() => treeOf(SMALL_TREE), SMALL_TREE, proofs, ctx.sizes.slices),
    },
    ctx,
  );
  return [result];
}

function proving(tree: () => Promise<TreeNodeSource>, leaves: number, proofs: number, slices: number): Contender {
  return async () => {
    const source = await tree();
    const perSlice = Math.ceil(proofs / slices);
    let seed = 12_345;
    // A fixed linear congruential sequence: both sides prove leaves spread over their whole tree, the same way each run.
    const nextLeaf = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % leaves;
    let last: Awaited<ReturnType<typeof proveInclusion>> | undefined;
    return {
      count: perSlice * slices,
      slices: Array.from({ length: slices }, () => async () => {
        for (let i = 0; i < perSlice; i += 1) last = await proveInclusion(source, nextLeaf(), leaves);
      }),
      async verify() {
        if (!last || !verifyInclusion(last, await treeRoot(source, leaves)).valid) throw new Error(`an inclusion proof at ${leaves} leaves does not verify`);
      },
      release() {},
    };
  };
}

async function inMemoryTree(leaves: number): Promise<TreeNodeSource> {
  const tree = new InMemoryMerkleTree();
  for (let i = 0; i < leaves; i += 1) tree.append(createHash('sha256').update(`leaf ${i}`).digest());
  return tree;
}
