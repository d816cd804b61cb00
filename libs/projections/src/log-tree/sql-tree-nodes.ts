import { inList, queryRows, type SqlExecutor, sql, sqlText } from '@register/database';
import { decodeBase64, encodeBase64, type Hash, type NodeId, postOrderIndex, type TreeNode, type TreeNodeSource } from '@register/verifiable-log';
import { LOG_TREE_NODES_TABLE } from './log-tree.entities';

/** One parameter a node; far below both databases' limits, and far above the 2 log2(n) + 2 of a proof. */
const NODES_PER_QUERY = 5_000;

interface NodeRow {
  level: number;
  node_index: number | string;
  hash: string;
}

/**
 * The stored tree as the library's TreeNodeSource: every proof's nodes in one
 * `WHERE post_order IN (...)` query on the primary key, never the events. `executor` is the DataSource for a question, or the projection's
 * transaction, which sees the nodes the step has written.
 */
export class SqlTreeNodes implements TreeNodeSource {
  constructor(private readonly executor: SqlExecutor) {}

  async readNodes(ids: readonly NodeId[]): Promise<readonly Hash[]> {
    const found = await this.storedNodes(ids);
    return ids.map(({ level, index }) => {
      const hash = found.get(nodeKey({ level, index }));
      if (hash === undefined) throw new Error(`the tree has no node at level ${level}, index ${index}`);
      const bytes = decodeBase64(hash);
      if (bytes === undefined) throw new Error(`the tree's node at level ${level}, index ${index} is not base64`);
      return bytes;
    });
  }

  /** The stored hashes (base64) of those of `ids` the table holds, by nodeKey. */
  async storedNodes(ids: readonly NodeId[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let start = 0; start < ids.length; start += NODES_PER_QUERY) {
      const keys = inList(ids.slice(start, start + NODES_PER_QUERY).map(postOrderIndex));
      const rows = await queryRows<NodeRow>(this.executor, sql`SELECT level, node_index, hash FROM ${sqlText(LOG_TREE_NODES_TABLE)} WHERE post_order IN (${keys})`);
      for (const row of rows) found.set(nodeKey({ level: row.level, index: Number(row.node_index) }), row.hash);
    }
    return found;
  }
}

/** The rows that store `nodes`, for insertRows. */
export function nodeRows(nodes: readonly TreeNode[]): { postOrder: number; level: number; nodeIndex: number; hash: string }[] {
  return nodes.map(({ level, index, hash }) => ({ postOrder: postOrderIndex({ level, index }), level, nodeIndex: index, hash: encodeBase64(hash) }));
}

export function nodeKey({ level, index }: NodeId): string {
  return `${level}:${index}`;
}
