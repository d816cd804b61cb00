import { queryRows, type SqlExecutor, sql, sqlText } from '@register/database';
import type { EventStore, StoredEvent } from '@register/event-store';
import { LOG_LEAVES_TABLE } from './log-tree.entities';
import { nodeKey, SqlTreeNodes } from './sql-tree-nodes';

const PAGE_SIZE = 1_000;

/** A leaf as the tree stores it: which event it is and the hash it holds for it (null when its node is gone). */
interface StoredLeaf {
  readonly leafIndex: number;
  readonly position: number;
  readonly hash: string | null;
}

/** The log and the tree side by side, leaf by leaf, as `log verify` and the check at start compare them. */
export type LeafPair =
  /** The event the leaf was made of, or one now stored at its position. */
  | { readonly kind: 'paired'; readonly event: StoredEvent; readonly leaf: StoredLeaf }
  /** An event below the tree's last leaf that no leaf covers: put into the log after the tree was built. */
  | { readonly kind: 'unhashed'; readonly event: StoredEvent }
  /** A leaf whose event the log no longer holds. */
  | { readonly kind: 'missing'; readonly leaf: StoredLeaf };

/**
 * Walks the log and the stored leaves in step, in pages, up to the tree's last
 * leaf: events after it are not yet in the tree and not compared. Memory stays
 * at two pages whatever the size of the log.
 */
export async function* pairedLeaves(store: EventStore, executor: SqlExecutor, treeSize: number): AsyncGenerator<LeafPair> {
  const leaves = storedLeaves(executor, treeSize);
  const events = logEvents(store);
  let leaf = await leaves.next();
  let event = await events.next();
  while (!leaf.done) {
    if (event.done || event.value.position > leaf.value.position) {
      yield { kind: 'missing', leaf: leaf.value };
      leaf = await leaves.next();
    } else if (event.value.position < leaf.value.position) {
      yield { kind: 'unhashed', event: event.value };
      event = await events.next();
    } else {
      yield { kind: 'paired', event: event.value, leaf: leaf.value };
      [leaf, event] = [await leaves.next(), await events.next()];
    }
  }
  await events.return(undefined);
}

async function* storedLeaves(executor: SqlExecutor, treeSize: number): AsyncGenerator<StoredLeaf> {
  const nodes = new SqlTreeNodes(executor);
  for (let after = -1; ; ) {
    const rows = await queryRows<{ leaf_index: number | string; position: number | string }>(
      executor,
      sql`SELECT leaf_index, position FROM ${sqlText(LOG_LEAVES_TABLE)} WHERE position > ${after} AND leaf_index < ${treeSize} ORDER BY position LIMIT ${PAGE_SIZE}`,
    );
    if (rows.length === 0) return;
    const leafIds = rows.map((row) => ({ level: 0, index: Number(row.leaf_index) }));
    const hashes = await nodes.storedNodes(leafIds);
    for (const [n, row] of rows.entries()) yield { leafIndex: leafIds[n].index, position: Number(row.position), hash: hashes.get(nodeKey(leafIds[n])) ?? null };
    after = Number(rows[rows.length - 1].position);
  }
}

async function* logEvents(store: EventStore): AsyncGenerator<StoredEvent> {
  for (let after = 0; ; ) {
    const page = await store.readAll({ fromPosition: after, limit: PAGE_SIZE });
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1].position;
  }
}
