import { proveInclusion, treeRoot, verifyInclusion } from '@register/verifiable-log';
import type { BenchContext } from './bench-context';
import { sqliteTreeFile, type TreeFile } from './log-tree-file';
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
/**
 * The ratio sits near its limit by construction, so one noisy stretch of the
 * shared machine must not decide it: at least five rounds of twenty slices,
 * each slice timed for both sides in turn (ABBA), the figure being the total
 * over all of them.
 */
const MIN_ROUNDS = 5;
const SLICES = 20;

/** Builds the tree the proofs are read from (not timed): by default the service's SQL node store on SQLite. */
export type TreeFactory = (ctx: BenchContext, leaves: number) => Promise<TreeFile>;

/**
 * log.proof.inclusion: inclusion proofs per second for random leaves of a
 * tree of 1,000,000 leaves, as a ratio to the same at 10,000 leaves, over the
 * same kind of node source in the same run: the rm_log_tree_nodes table as
 * the tree projection keeps it, read as the service reads it (LogTreeNodes:
 * one indexed query per proof for the nodes not kept in memory, the nodes
 * covering 2^10 leaves or more being kept once read). That memory starts
 * empty with each tree and fills with the first round's proofs, as it does in
 * a service that has just started.
 */
export async function logProofBench(ctx: BenchContext, trees: TreeFactory = sqliteTreeFile): Promise<BenchResult[]> {
  const proofs = Math.max(SLICES * 10, Math.round(10_000 * (ctx.sizes.singleAppends / 5_000) / SLICES) * SLICES);
  const rounds = Math.max(ctx.rounds, MIN_ROUNDS);
  ctx.note(`log.proof.inclusion: ${proofs} random leaves per side and round, ${rounds} rounds, at ${SMALL_TREE} and ${LARGE_TREE} leaves in rm_log_tree_nodes on SQLite`);
  const [large, small] = [await trees(ctx, LARGE_TREE), await trees(ctx, SMALL_TREE)];
  try {
    const result = await compare(
      {
        name: 'log.proof.inclusion',
        unit: 'proofs/s',
        referenceName: `the same at ${SMALL_TREE.toLocaleString('en-US')} leaves`,
        target: Math.floor(LOGARITHMIC_RATIO * 100) / 100,
        rounds,
        subject: proving(large, LARGE_TREE, proofs),
        reference: proving(small, SMALL_TREE, proofs),
      },
      ctx,
    );
    return [result];
  } finally {
    await large.close();
    await small.close();
  }
}

function proving(tree: TreeFile, leaves: number, proofs: number): Contender {
  return async () => {
    const perSlice = proofs / SLICES;
    let seed = 12_345;
    // A fixed linear congruential sequence: both sides prove leaves spread over their whole tree, the same way each run.
    const nextLeaf = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % leaves;
    let last: Awaited<ReturnType<typeof proveInclusion>> | undefined;
    return {
      count: proofs,
      slices: Array.from({ length: SLICES }, () => async () => {
        for (let i = 0; i < perSlice; i += 1) last = await proveInclusion(tree.source, nextLeaf(), leaves);
      }),
      async verify() {
        if (!last || !verifyInclusion(last, await treeRoot(tree.source, leaves)).valid) throw new Error(`an inclusion proof at ${leaves} leaves does not verify`);
      },
      release() {},
    };
  };
}
