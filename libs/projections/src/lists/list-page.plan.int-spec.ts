import { renderSql } from '@register/database';
import type { DataSource } from 'typeorm';
import { useProjectedDatabase } from '../testing/projected-database';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { pageStatement } from './list-page';
import { ListsProjection } from './lists.projection';

/** The plan of a page's statement; on PostgreSQL without sequential scans, since on a handful of rows the planner rightly prefers one. */
async function planOf(dataSource: DataSource, after: string | null): Promise<string> {
  const filter = { list: 'mandate', required: ['grantor:college:GM0938', 'power:PW-BIJSTAND'], anyOf: ['concerns:GM0938', 'concerns:GM0981'] };
  const sqlite = dataSource.options.type === 'better-sqlite3';
  const { text, parameters } = renderSql(pageStatement(filter, {}, { knownAt: '2026-11-23T10:00:00.000Z', after, limit: 50 }), sqlite ? 'sqlite' : 'postgres');
  if (sqlite) {
    const rows: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${text}`, parameters);
    return rows.map((row) => row.detail).join('\n');
  }
  return dataSource.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_seqscan = off');
    const rows: { 'QUERY PLAN': string }[] = await tx.query(`EXPLAIN ${text}`, parameters);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

/**
 * A page is a range of the terms' key from the cursor on, read in key order (no sort of
 * the whole list), with every other filter a lookup in the same key: at 100,000 mandates
 * a page costs its own rows, not a scan.
 */
const RANGE_FROM_THE_CURSOR = {
  SQLite: /SEARCH t USING (COVERING )?INDEX sqlite_autoindex_rm_list_terms_1 \(list=\? AND term=\? AND item_id>\?\)/,
  PostgreSQL: /Index (Only )?Scan using rm_list_terms_pkey on rm_list_terms t[\s\S]*Index Cond: \(\(list = [\s\S]*item_id > /,
};
const NO_SORT = { SQLite: /USE TEMP B-TREE/, PostgreSQL: /Sort/ };
const NO_SCAN = { SQLite: /SCAN /, PostgreSQL: /Seq Scan/ };

describe.each(PROJECTION_TEST_BACKENDS)('a list page on $name', (backend) => {
  const database = useProjectedDatabase(backend, () => [new ListsProjection()]);

  it('reads a range of the terms key from the cursor in order, the other filters by the same key', async () => {
    const plan = await planOf(database.connection.dataSource, 'm-gm0938-5');
    expect(plan).toMatch(RANGE_FROM_THE_CURSOR[backend.name]);
    expect(plan).not.toMatch(NO_SORT[backend.name]);
    expect(plan).not.toMatch(NO_SCAN[backend.name]);
  });
});
