import type { DataSource } from 'typeorm';
import { useProjectedDatabase } from '../testing/projected-database';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { childMandateIdsQuery } from './child-mandate-ids.query';
import { MANDATE_VERSIONS_TABLE, MandatesProjection } from './mandates.projection';

/**
 * The plan of the statement childMandateIds runs. On
 * PostgreSQL sequential scans are switched off for the transaction: on a
 * handful of rows the planner would rightly prefer one, and the question is
 * whether an index can answer it at all.
 */
async function planOfChildMandateIds(dataSource: DataSource): Promise<string> {
  const [sql, parameters] = childMandateIdsQuery(dataSource, 'mandate-gm0938-2026').getQueryAndParameters();
  if (dataSource.options.type === 'better-sqlite3') {
    const rows: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
    return rows.map((row) => row.detail).join('\n');
  }
  return dataSource.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_seqscan = off');
    const rows: { 'QUERY PLAN': string }[] = await tx.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

/** How each database's plan says it searched the parent index by parent_mandate_id, rather than scanning it or the table. */
const SEARCHED_BY_PARENT = {
  // The table under the query's alias, whatever that is.
  SQLite: new RegExp(`SEARCH \\w+ USING (COVERING )?INDEX ${MANDATE_VERSIONS_TABLE}_parent \\(parent_mandate_id=\\?\\)`),
  PostgreSQL: new RegExp(`Index (Only )?Scan using ${MANDATE_VERSIONS_TABLE}_parent [\\s\\S]*Index Cond: \\(parent_mandate_id = `),
};

describe.each(PROJECTION_TEST_BACKENDS)('childMandateIds on $name', (backend) => {
  const database = useProjectedDatabase(backend, () => [new MandatesProjection()]);

  it('looks the children up by the parent index instead of reading every mandate version', async () => {
    await expect(planOfChildMandateIds(database.connection.dataSource)).resolves.toMatch(SEARCHED_BY_PARENT[backend.name]);
  });
});
