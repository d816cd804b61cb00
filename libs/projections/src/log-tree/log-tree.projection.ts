import { queryRows, type SqlExecutor, sql } from '@register/database';
import type { StoredEvent } from '@register/event-store';
import { eventLeafHash, type Hash, loggedEventOf, MerkleFrontier, type NoteSigner, sameHash, type TreeNode, treeRoot } from '@register/verifiable-log';
import type { EntityManager } from 'typeorm';
import { clearTables } from '../runtime/clear-tables';
import { insertRows } from '../runtime/multi-row-statements';
import { EVERY_EVENT_TYPE, type Projection } from '../runtime/projection';
import { LogEventConcernEntity, LogLeafEntity, LogTreeNodeEntity } from './log-tree.entities';
import { LAST_LEAF_INDEX } from './log-tree.queries';
import { attestTree, readTreeState, type TreeState } from './signed-checkpoints';
import { nodeRows, SqlTreeNodes } from './sql-tree-nodes';

const LOG_TREE_PROJECTION = 'log-tree.v1';

/** The tree's right edge after a step, with the root it had then. */
interface RememberedEdge {
  readonly frontier: MerkleFrontier;
  readonly root: Hash;
}

export interface LogTreeOptions {
  /** The log's key: every step ends with a checkpoint signed by it. */
  readonly signer: NoteSigner;
  /** When a checkpoint is signed; the service passes its clock. */
  readonly now?: () => Date;
}

/**
 * The verifiable log (issue 14, api.md "Audit"): folds every event of the
 * global log into the RFC 9162 Merkle tree whose complete subtrees it stores
 * (rm_log_tree_nodes), records which event each leaf is (rm_log_leaves) and
 * which municipalities it concerns (rm_log_event_concerns), and ends each
 * step by signing a checkpoint of the new tree size (log_checkpoints), all
 * in the step's transaction: a crash loses or doubles neither a node nor a
 * checkpoint. The leaf is SHA-256(0x00 || RFC 8785 JSON of the event), the
 * library's (libs/verifiable-log), so the offline verifier agrees by
 * construction of the format, not of this code.
 *
 * Each step starts with one statement (readTreeState): the tree's size and
 * the latest signed checkpoint. The tree's right edge (popcount(size) nodes)
 * is kept from the step before only when that checkpoint signs exactly the
 * size and root it left, which no rolled back step, rebuild or other
 * instance's step can leave; otherwise it is read again. A rebuild empties
 * the three rebuildable tables and replays the same nodes; the signed
 * checkpoints stay, and the tree must agree with them.
 */
export class LogTreeProjection implements Projection {
  readonly name = LOG_TREE_PROJECTION;
  readonly eventTypes = EVERY_EVENT_TYPE;
  private readonly now: () => Date;
  /** The right edge as the last step left it, and the root it signed; trusted only as described above. */
  private remembered: RememberedEdge | undefined;

  constructor(private readonly options: LogTreeOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [LogTreeNodeEntity, LogLeafEntity, LogEventConcernEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const nodes = new SqlTreeNodes(tx);
    const state = await readTreeState(tx);
    const kept = this.rememberedFor(state);
    this.remembered = undefined;
    const frontier = kept?.frontier ?? (await MerkleFrontier.load(nodes, state.size));
    // Each root costs popcount(size) hashes: the one before the step is known when the edge was kept, the one after is computed once.
    const before = { size: frontier.size, root: kept?.root ?? frontier.root() };
    const rows = foldIntoTree(frontier, events);
    const after = { size: frontier.size, root: frontier.root() };
    await insertRows(tx, LogTreeNodeEntity, nodeRows(rows.nodes));
    await insertRows(tx, LogLeafEntity, rows.leaves);
    await insertRows(tx, LogEventConcernEntity, rows.concerns);
    const rootAt = (size: number): Promise<Hash> => {
      const known = [after, before].find((tree) => tree.size === size);
      return known === undefined ? treeRoot(nodes, size) : Promise.resolve(known.root);
    };
    await attestTree(tx, { size: after.size, rootAt }, this.options.signer, this.now().toISOString(), state.latest);
    this.remembered = { frontier, root: after.root };
  }

  private rememberedFor({ size, latest }: TreeState): RememberedEdge | undefined {
    const kept = this.remembered;
    if (kept === undefined || kept.frontier.size !== size || latest?.treeSize !== size || !sameHash(latest.rootHash, kept.root)) return undefined;
    return kept;
  }
}

/** Leaves in the tree: one more than the last leaf index, 0 when empty. */
export async function storedTreeSize(executor: SqlExecutor): Promise<number> {
  const [row] = await queryRows<{ last: number | string | null }>(executor, sql`SELECT ${LAST_LEAF_INDEX} AS last`);
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

interface TreeRows {
  readonly nodes: TreeNode[];
  readonly leaves: LogLeafEntity[];
  readonly concerns: LogEventConcernEntity[];
}

function foldIntoTree(frontier: MerkleFrontier, events: readonly StoredEvent[]): TreeRows {
  const rows: TreeRows = { nodes: [], leaves: [], concerns: [] };
  for (const event of events) {
    const leafIndex = frontier.size;
    rows.nodes.push(...frontier.append(eventLeafHash(loggedEventOf(event))));
    const municipalities = municipalitiesOf(event);
    rows.leaves.push({ leafIndex, position: event.position, recordedAt: event.recordedAt, municipalities: municipalities.join(',') });
    for (const municipality of municipalities) rows.concerns.push({ municipality, recordedAt: event.recordedAt, leafIndex, position: event.position });
  }
  return rows;
}

/** The municipalities of `metadata.municipalities` (domain.md, "Events"), once each; none for an event without them. */
function municipalitiesOf(event: Pick<StoredEvent, 'metadata'>): string[] {
  const listed = event.metadata.municipalities;
  // A code holds no comma (domain: GM and four digits); one that did could not be told apart in rm_log_leaves.
  return Array.isArray(listed) ? [...new Set(listed.filter((code): code is string => typeof code === 'string' && !code.includes(',')))] : [];
}
