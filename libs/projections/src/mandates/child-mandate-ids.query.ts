import type { DataSource } from 'typeorm';
import { sqlDialectOf, sqlParameter } from '../runtime/projection-sql';
import { MANDATE_VERSIONS_TABLE } from './mandates.projection';

/**
 * The ids of every mandate ever granted under `parentMandateId`, revoked and
 * corrected ones included, in the order they were granted. The parent is
 * fixed at grant, so every version of a child names it and the first version
 * (the lowest position) is the grant; the parent index answers this without
 * reading other mandates. Grandchildren name their own parent, not this one.
 */
export async function childMandateIds(dataSource: DataSource, parentMandateId: string): Promise<string[]> {
  const p = sqlParameter(sqlDialectOf(dataSource), 1);
  const rows: { mandate_id: string }[] = await dataSource.query(
    `SELECT mandate_id FROM ${MANDATE_VERSIONS_TABLE} WHERE parent_mandate_id = ${p}
     GROUP BY mandate_id ORDER BY MIN(position)`,
    [parentMandateId],
  );
  return rows.map((row) => row.mandate_id);
}
