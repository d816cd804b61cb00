import type { SqlExecutor } from '@register/database';
import type { EventStore } from '@register/event-store';
import { encodeBase64, eventLeafHash, loggedEventOf, sameHash, treeRoot } from '@register/verifiable-log';
import { type LogFinding, LogFindings } from './log-findings';
import { storedTreeSize } from './log-tree.projection';
import type { LeafPair } from './paired-leaves';
import { pairedLeaves } from './paired-leaves';
import { latestSignedCheckpoint, type SignedCheckpoint } from './signed-checkpoints';
import { SqlTreeNodes } from './sql-tree-nodes';

export interface LogIntegrityReport {
  /** Leaves in the stored tree. */
  readonly treeSize: number;
  /** Events compared with their leaves. */
  readonly eventsCompared: number;
  readonly latest: SignedCheckpoint | undefined;
  readonly findings: readonly LogFinding[];
  /** Findings beyond those listed. */
  readonly unlisted: number;
}

export interface LeafCheckOptions {
  /** Stop at the first finding (the service at start needs only the first bad position). */
  readonly firstOnly?: boolean;
}

/**
 * The cheap half of `log verify`, which the service runs at start: every
 * stored event hashed again and compared with its leaf (one pass over the
 * log, no interior node read), and the latest signed checkpoint's root
 * compared with the stored tree (at most 2 log2 n node reads).
 */
export async function checkLogLeaves(store: EventStore, executor: SqlExecutor, options: LeafCheckOptions = {}): Promise<LogIntegrityReport> {
  const treeSize = await storedTreeSize(executor);
  const findings = new LogFindings();
  let eventsCompared = 0;
  let nextLeaf = 0;
  for await (const pair of pairedLeaves(store, executor, treeSize)) {
    if (pair.kind !== 'missing') eventsCompared += 1;
    const problem = leafProblem(pair, nextLeaf);
    if (pair.kind !== 'unhashed') nextLeaf = pair.leaf.leafIndex + 1;
    if (problem === undefined) continue;
    findings.add(problem);
    if (options.firstOnly) break;
  }
  const latest = await latestSignedCheckpoint(executor);
  if (!(options.firstOnly && findings.any)) await compareLatestCheckpoint(executor, treeSize, latest, findings);
  return { treeSize, eventsCompared, latest, findings: findings.list, unlisted: findings.unlisted };
}

/** What is wrong with one step of the walk, if anything; `nextLeaf` is the leaf index the tree should hold next. */
export function leafProblem(pair: LeafPair, nextLeaf: number): LogFinding | undefined {
  switch (pair.kind) {
    case 'unhashed':
      return { check: 'leaf', position: pair.event.position, message: `the event at position ${pair.event.position} lies inside the tree but has no leaf: it was put into the log after the tree was built` };
    case 'missing':
      return { check: 'leaf', position: pair.leaf.position, message: `leaf ${pair.leaf.leafIndex} is the event at position ${pair.leaf.position}, which the log no longer holds` };
    case 'paired': {
      const { leaf, event } = pair;
      if (leaf.leafIndex !== nextLeaf) return { check: 'leaf', position: event.position, message: `the tree has no leaf ${nextLeaf}: its leaves skip to ${leaf.leafIndex} at position ${leaf.position}` };
      if (leaf.hash === null) return { check: 'leaf', position: event.position, message: `leaf ${leaf.leafIndex} (position ${event.position}) has no hash in the tree` };
      if (leaf.hash === encodeBase64(eventLeafHash(loggedEventOf(event)))) return undefined;
      return { check: 'leaf', position: event.position, message: `the event at position ${event.position} no longer matches its leaf ${leaf.leafIndex}: it was changed after it was hashed` };
    }
    default: {
      const unknown: never = pair;
      throw new Error(`Unhandled pair ${JSON.stringify(unknown)}`);
    }
  }
}

async function compareLatestCheckpoint(executor: SqlExecutor, treeSize: number, latest: SignedCheckpoint | undefined, findings: LogFindings): Promise<void> {
  if (latest === undefined) return;
  if (latest.treeSize > treeSize) {
    findings.add({ check: 'checkpoint', message: `the register signed a checkpoint of ${latest.treeSize} events at ${latest.signedAt}, but the tree holds ${treeSize}` });
    return;
  }
  const root = await treeRoot(new SqlTreeNodes(executor), latest.treeSize).catch((error: unknown) => error as Error);
  if (root instanceof Error) findings.add({ check: 'tree', message: `the tree cannot give the root of the checkpoint of ${latest.treeSize} events: ${root.message}` });
  else if (!sameHash(root, latest.rootHash)) {
    findings.add({ check: 'checkpoint', message: `the stored tree's root at ${latest.treeSize} events differs from the checkpoint the register signed at ${latest.signedAt}` });
  }
}
