import type { DataSource } from 'typeorm';
import { type SqlDialect, sqlDialectOf, sqlParameter } from '../runtime/projection-sql';
import { readRows } from '../runtime/read-rows';
import { MANDATE_VERSIONS_TABLE } from './mandates.projection';

/**
 * The ids of every mandate ever granted under `parentMandateId`, revoked and
 * corrected ones included, in the order they were granted. The parent is
 * fixed at grant, so every version of a child names it and the first version
 * (the lowest position) is the grant; the parent index answers this without
 * reading other mandates. Grandchildren name their own parent, not this one.
 */
export async function childMandateIds(dataSource: DataSource, parentMandateId: string): Promise<string[]> {
  const rows: { mandate_id: string }[] = await readRows(dataSource, childMandateIdsSql(sqlDialectOf(dataSource)), [parentMandateId]);
  return rows.map((row) => row.mandate_id);
}

/** The query of childMandateIds, its one parameter the parent's id; the int-spec reads its plan. */
export function childMandateIdsSql(dialect: SqlDialect): string {
  return `SELECT mandate_id FROM ${MANDATE_VERSIONS_TABLE} WHERE parent_mandate_id = ${sqlParameter(dialect, 1)}
     GROUP BY mandate_id ORDER BY MIN(position)`;
}
