import { queryRows, type SqlExecutor, sql, sqlText } from '@register/database';
import { LOG_EVENT_CONCERNS_TABLE, LOG_LEAVES_TABLE } from './log-tree.entities';

/**
 * The last leaf's index, as a subquery (NULL for an empty tree): the leaf of
 * the highest position, since leaf indices grow with positions.
 */
export const LAST_LEAF_INDEX = sql`(SELECT leaf_index FROM ${sqlText(LOG_LEAVES_TABLE)} ORDER BY position DESC LIMIT 1)`;

/** Where an event sits in the tree, and whom it concerns. */
export interface LoggedLeaf {
  readonly leafIndex: number;
  readonly position: number;
  readonly recordedAt: string;
  readonly municipalities: readonly string[];
}

interface LeafRow {
  leaf_index: number | string;
  position: number | string;
  recorded_at: string;
  municipalities: string;
}

/** The leaf of the event at `position`; undefined when the tree holds no event there (a gap, or not yet projected). */
export async function leafAtPosition(executor: SqlExecutor, position: number): Promise<LoggedLeaf | undefined> {
  const [row] = await queryRows<LeafRow>(
    executor,
    sql`SELECT leaf_index, position, recorded_at, municipalities FROM ${sqlText(LOG_LEAVES_TABLE)} WHERE position = ${position}`,
  );
  if (row === undefined) return undefined;
  const municipalities = row.municipalities === '' ? [] : row.municipalities.split(',');
  return { leafIndex: Number(row.leaf_index), position: Number(row.position), recordedAt: row.recorded_at, municipalities };
}

/** An event of one municipality's period, by its place in the tree and in the log. */
export interface ConcernedLeaf {
  readonly leafIndex: number;
  readonly position: number;
}

/**
 * The events whose metadata.municipalities holds `municipality`, recorded at
 * or after `from` and before `until` (instants, UTC ISO), among the first
 * `treeSize` leaves, in log order: an indexed range, never a scan of the log.
 */
export async function leavesConcerning(
  executor: SqlExecutor,
  query: { readonly municipality: string; readonly from: string; readonly until: string; readonly treeSize: number },
): Promise<ConcernedLeaf[]> {
  const rows = await queryRows<{ leaf_index: number | string; position: number | string }>(
    executor,
    sql`SELECT leaf_index, position FROM ${sqlText(LOG_EVENT_CONCERNS_TABLE)}
        WHERE municipality = ${query.municipality} AND recorded_at >= ${query.from} AND recorded_at < ${query.until} AND leaf_index < ${query.treeSize}
        ORDER BY leaf_index`,
  );
  return rows.map((row) => ({ leafIndex: Number(row.leaf_index), position: Number(row.position) }));
}
