import { queryRows, type SqlExecutor, sql, sqlText } from '@register/database';
import { decodeBase64, encodeBase64, type Hash, type NoteSigner, sameHash, signCheckpoint } from '@register/verifiable-log';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../runtime/multi-row-statements';
import { LOG_CHECKPOINTS_TABLE, LogCheckpointEntity } from './log-tree.entities';
import { LAST_LEAF_INDEX } from './log-tree.queries';

/** A checkpoint the register signed, as log_checkpoints keeps it. */
export interface SignedCheckpoint {
  readonly treeSize: number;
  readonly rootHash: Hash;
  /** The C2SP signed note, exactly as GET /log/checkpoint serves it. */
  readonly note: string;
  readonly signedAt: string;
}

/** The tree as a step leaves it: its size, and its root at any size up to that. */
export interface TreeToAttest {
  readonly size: number;
  rootAt(size: number): Promise<Hash>;
}

/**
 * The tree disagrees with a checkpoint the register signed earlier: events
 * at or below that checkpoint's size were changed, removed or inserted since
 * it was signed. The tree projection stops rather than sign such a log.
 */
export class SignedHistoryMismatchError extends Error {
  override name = 'SignedHistoryMismatchError';

  constructor(readonly checkpoint: SignedCheckpoint) {
    super(
      `The log no longer matches the checkpoint of ${checkpoint.treeSize} events the register signed at ${checkpoint.signedAt}: ` +
        'events up to it were changed, removed or inserted after it was signed; npm run cli -- log verify names the first one',
    );
  }
}

interface CheckpointRow {
  tree_size: number | string;
  root_hash: string;
  note: string;
  signed_at: string;
}

/** The latest checkpoint the register signed (of at most `atMost` events, when given); undefined when it has signed none. */
export async function latestSignedCheckpoint(executor: SqlExecutor, atMost?: number): Promise<SignedCheckpoint | undefined> {
  const bound = atMost === undefined ? sql`` : sql`WHERE tree_size <= ${atMost}`;
  const [row] = await queryRows<CheckpointRow>(
    executor,
    sql`SELECT tree_size, root_hash, note, signed_at FROM ${sqlText(LOG_CHECKPOINTS_TABLE)} ${bound} ORDER BY tree_size DESC LIMIT 1`,
  );
  return row === undefined ? undefined : checkpointOf(row);
}

/** How far the stored tree is, and the latest checkpoint the register signed: what a step starts from. */
export interface TreeState {
  readonly size: number;
  readonly latest: SignedCheckpoint | undefined;
}

/** Both in one statement: the tree's last leaf, and the latest checkpoint beside it. */
export async function readTreeState(executor: SqlExecutor): Promise<TreeState> {
  const [row] = await queryRows<Partial<CheckpointRow> & { last_leaf: number | string | null }>(
    executor,
    sql`SELECT ${LAST_LEAF_INDEX} AS last_leaf, latest.tree_size, latest.root_hash, latest.note, latest.signed_at
        FROM (SELECT 1 AS one) base
        LEFT JOIN (SELECT tree_size, root_hash, note, signed_at FROM ${sqlText(LOG_CHECKPOINTS_TABLE)} ORDER BY tree_size DESC LIMIT 1) latest ON 1 = 1`,
  );
  const size = row.last_leaf === null || row.last_leaf === undefined ? 0 : Number(row.last_leaf) + 1;
  return { size, latest: row.tree_size === null || row.tree_size === undefined ? undefined : checkpointOf(row as CheckpointRow) };
}

/** Every checkpoint the register signed, smallest first: what `log verify` compares the recomputed tree with. */
export async function signedCheckpoints(executor: SqlExecutor): Promise<SignedCheckpoint[]> {
  const rows = await queryRows<CheckpointRow>(executor, sql`SELECT tree_size, root_hash, note, signed_at FROM ${sqlText(LOG_CHECKPOINTS_TABLE)} ORDER BY tree_size`);
  return rows.map(checkpointOf);
}

/**
 * After a step: the tree must still have the root the register signed for
 * the largest size it signed up to the tree's, and a tree larger than any
 * signed one gets its checkpoint, in the step's transaction. A rebuild that
 * has not yet reached the signed size compares, and signs nothing. `latest`
 * is the latest checkpoint as the step found it (readTreeState).
 *
 * @throws SignedHistoryMismatchError when the tree contradicts a signed checkpoint.
 */
export async function attestTree(tx: EntityManager, tree: TreeToAttest, signer: NoteSigner, signedAt: string, latest: SignedCheckpoint | undefined): Promise<void> {
  const compared = latest !== undefined && latest.treeSize > tree.size ? await latestSignedCheckpoint(tx, tree.size) : latest;
  if (compared !== undefined && !sameHash(await tree.rootAt(compared.treeSize), compared.rootHash)) throw new SignedHistoryMismatchError(compared);
  if (latest !== undefined && latest.treeSize >= tree.size) return;
  const rootHash = await tree.rootAt(tree.size);
  const note = signCheckpoint({ origin: signer.name, size: tree.size, rootHash }, signer);
  await insertRows(tx, LogCheckpointEntity, [{ treeSize: tree.size, rootHash: encodeBase64(rootHash), note, signedAt }]);
}

function checkpointOf(row: CheckpointRow): SignedCheckpoint {
  const rootHash = decodeBase64(row.root_hash);
  if (rootHash === undefined) throw new Error(`log_checkpoints holds a root that is not base64 at tree size ${row.tree_size}`);
  return { treeSize: Number(row.tree_size), rootHash, note: row.note, signedAt: row.signed_at };
}
