import type { SqlExecutor } from '@register/database';
import type { EventStore } from '@register/event-store';
import { encodeBase64, eventLeafHash, loggedEventOf, MerkleFrontier, type NoteVerifier, openCheckpoint, sameHash, type TreeNode } from '@register/verifiable-log';
import { LogFindings } from './log-findings';
import { type LogIntegrityReport, leafProblem } from './log-integrity';
import { storedTreeSize } from './log-tree.projection';
import { pairedLeaves } from './paired-leaves';
import { type SignedCheckpoint, signedCheckpoints } from './signed-checkpoints';
import { nodeKey, SqlTreeNodes } from './sql-tree-nodes';

/** Recomputed nodes compared with the stored ones per query. */
const NODES_PER_COMPARISON = 2_000;

export interface LogVerificationReport extends LogIntegrityReport {
  /** Signed checkpoints compared with the recomputed tree. */
  readonly checkpointsCompared: number;
}

/**
 * `npm run cli -- log verify`: recomputes the whole tree from the events the
 * log holds now, and compares every event with its stored leaf, every
 * recomputed node with the stored one, and the recomputed root at every size
 * the register signed with that checkpoint (whose signature must verify with
 * `verifier`). One pass over the log; memory is the tree's right edge and a
 * page of nodes.
 */
export async function verifyLog(store: EventStore, executor: SqlExecutor, verifier: NoteVerifier): Promise<LogVerificationReport> {
  const treeSize = await storedTreeSize(executor);
  const checkpoints = await signedCheckpoints(executor);
  const walk = new RecomputedTree(new SqlTreeNodes(executor), checkpoints, verifier);
  let eventsCompared = 0;
  let nextLeaf = 0;
  for await (const pair of pairedLeaves(store, executor, treeSize)) {
    const problem = leafProblem(pair, nextLeaf);
    if (problem) walk.findings.add(problem);
    if (pair.kind === 'missing') continue;
    eventsCompared += 1;
    if (pair.kind === 'paired') nextLeaf = pair.leaf.leafIndex + 1;
    await walk.append(eventLeafHash(loggedEventOf(pair.event)));
  }
  await walk.finish(treeSize);
  const latest = checkpoints[checkpoints.length - 1];
  return { treeSize, eventsCompared, latest, checkpointsCompared: walk.checkpointsCompared, findings: walk.findings.list, unlisted: walk.findings.unlisted };
}

/** The tree the events give, built leaf by leaf, compared with the stored nodes and the signed checkpoints as it grows. */
class RecomputedTree {
  readonly findings = new LogFindings();
  checkpointsCompared = 0;
  private readonly frontier = MerkleFrontier.empty();
  private pending: TreeNode[] = [];
  private nextCheckpoint = 0;

  constructor(
    private readonly nodes: SqlTreeNodes,
    private readonly checkpoints: readonly SignedCheckpoint[],
    private readonly verifier: NoteVerifier,
  ) {
    this.compareCheckpointsAt(0);
  }

  async append(leafHash: Uint8Array): Promise<void> {
    this.pending.push(...this.frontier.append(leafHash));
    this.compareCheckpointsAt(this.frontier.size);
    if (this.pending.length >= NODES_PER_COMPARISON) await this.compareNodes();
  }

  async finish(storedSize: number): Promise<void> {
    await this.compareNodes();
    if (this.frontier.size !== storedSize) this.findings.add({ check: 'tree', message: `the log gives a tree of ${this.frontier.size} leaves up to the stored tree's last one; the stored tree has ${storedSize}` });
    for (const left of this.checkpoints.slice(this.nextCheckpoint)) {
      this.findings.add({ check: 'checkpoint', message: `the register signed a checkpoint of ${left.treeSize} events at ${left.signedAt}, but the log gives a tree of ${this.frontier.size}` });
    }
  }

  private async compareNodes(): Promise<void> {
    const stored = await this.nodes.storedNodes(this.pending);
    for (const node of this.pending) {
      const hash = stored.get(nodeKey(node));
      if (hash === encodeBase64(node.hash)) continue;
      const what = hash === undefined ? 'is not stored' : 'differs from the one the events give';
      this.findings.add({ check: 'tree', message: `the tree's node at level ${node.level}, index ${node.index} ${what}` });
    }
    this.pending = [];
  }

  private compareCheckpointsAt(size: number): void {
    while (this.nextCheckpoint < this.checkpoints.length && this.checkpoints[this.nextCheckpoint].treeSize === size) {
      this.compareCheckpoint(this.checkpoints[this.nextCheckpoint]);
      this.nextCheckpoint += 1;
      this.checkpointsCompared += 1;
    }
  }

  private compareCheckpoint(checkpoint: SignedCheckpoint): void {
    const at = `the checkpoint of ${checkpoint.treeSize} events signed at ${checkpoint.signedAt}`;
    try {
      const opened = openCheckpoint(checkpoint.note, this.verifier);
      if (opened.size !== checkpoint.treeSize || !sameHash(opened.rootHash, checkpoint.rootHash)) this.findings.add({ check: 'checkpoint', message: `${at}: its note signs another size or root than its row says` });
    } catch (error) {
      this.findings.add({ check: 'checkpoint', message: `${at}: its signature does not verify with ${this.verifier.encoded}: ${(error as Error).message}` });
    }
    if (!sameHash(this.frontier.root(), checkpoint.rootHash)) this.findings.add({ check: 'checkpoint', message: `${at}: the events give another root at that size: the log was changed after it was signed` });
  }
}
