import type { DataSource } from 'typeorm';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { closeVersions, insertRows, queryByKeys } from './multi-row-statements';
import { sqlDialectOf, sqlParameters } from './projection-sql';

const COLUMNS = ['position', 'key', 'amount', 'note', 'recorded_until'];

async function createTable(dataSource: DataSource, name: string): Promise<void> {
  await dataSource.query(
    `CREATE TABLE ${name} (position BIGINT PRIMARY KEY, key TEXT NOT NULL, amount DOUBLE PRECISION NULL, note TEXT NULL, recorded_until TEXT NULL)`,
  );
}

const rowsOf = (dataSource: DataSource, table: string): Promise<Record<string, unknown>[]> =>
  dataSource.query(`SELECT ${COLUMNS.join(', ')} FROM ${table} ORDER BY position`);

describe.each(PROJECTION_TEST_BACKENDS)('multi-row statements on $name', (backend) => {
  let database: ProjectionTestDatabase;
  let connection: OpenedDatabase;

  beforeEach(async () => {
    database = await backend.create();
    connection = await database.open();
  });

  afterEach(async () => {
    await connection.close();
    await database.dispose();
  });

  it('stores every value as a one-row INSERT with parameters does: numbers, nulls, and text with quotes, backslashes, JSON and accents', async () => {
    const { dataSource } = connection;
    const rows = [
      [1, 'plain', 25_000, null, null],
      [2, "it's \"quoted\" \\ back\\slashed", 0.1, '["PW-BIJSTAND","PW-VERORDENING"]', '2026-02-10T09:00:00.000Z'],
      [3, 'Gemeente Sittard-Geleen, één', -1.5e-7, '{"type":"statutory","citation":"Wgr art. 8 lid 4"}', null],
      [9_007_199_254_740_991, '', null, '\n\t', null],
    ];
    await createTable(dataSource, 'one_by_one');
    await createTable(dataSource, 'multi_row');
    for (const row of rows) {
      await dataSource.query(`INSERT INTO one_by_one (${COLUMNS.join(', ')}) VALUES (${sqlParameters(sqlDialectOf(dataSource), COLUMNS.length)})`, row);
    }
    await dataSource.transaction((tx) => insertRows(tx, 'multi_row', COLUMNS, rows));
    const expected = await rowsOf(dataSource, 'one_by_one');
    expect(expected).toHaveLength(4);
    await expect(rowsOf(dataSource, 'multi_row')).resolves.toEqual(expected);
  });

  it('inserts more rows than one statement can carry parameters for, all of them (SQLite takes at most 32,766)', async () => {
    const { dataSource } = connection;
    await createTable(dataSource, 'multi_row');
    const rows = Array.from({ length: 7_000 }, (_, n) => [n + 1, `key-${n}`, n / 2, null, null]);
    await dataSource.transaction((tx) => insertRows(tx, 'multi_row', COLUMNS, rows));
    const [{ count, total }] = await dataSource.query('SELECT COUNT(*) AS count, SUM(position) AS total FROM multi_row');
    // 7,000 rows x 5 columns = 35,000 values; positions 1..7,000 add up to 7,000 x 7,001 / 2.
    expect({ count: Number(count), total: Number(total) }).toEqual({ count: 7_000, total: (7_000 * 7_001) / 2 });
  });

  it('closes the open rows of the given keys, each at its own instant, and leaves closed rows and other keys alone', async () => {
    const { dataSource } = connection;
    await createTable(dataSource, 'versions');
    const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;
    await dataSource.transaction((tx) =>
      insertRows(tx, 'versions', COLUMNS, [
        [1, 'a', null, 'closed earlier', at(1)],
        [2, 'a', null, 'open', null],
        [3, 'b', null, 'open', null],
        [4, 'c', null, 'open, not asked about', null],
      ]),
    );
    const closings = [
      { key: 'a', recordedUntil: at(5) },
      { key: 'b', recordedUntil: at(6) },
    ];
    await dataSource.transaction((tx) => closeVersions(tx, { table: 'versions', keyColumn: 'key', open: 'recorded_until IS NULL' }, closings));
    const until = (await rowsOf(dataSource, 'versions')).map((row) => row.recorded_until);
    expect(until).toEqual([at(1), at(5), at(6), null]);
  });

  it('finds the rows of more keys than one statement can carry parameters for', async () => {
    const { dataSource } = connection;
    await createTable(dataSource, 'multi_row');
    await dataSource.transaction((tx) => insertRows(tx, 'multi_row', COLUMNS, [[1, 'first', null, null, null], [2, 'last', null, null, null], [3, 'never asked', null, null, null]]));
    const keys = ['first', ...Array.from({ length: 40_000 }, (_, n) => `missing-${n}`), 'last'];
    const found = await dataSource.transaction((tx) =>
      queryByKeys<{ key: string }>(tx, keys, (placeholders) => `SELECT key FROM multi_row WHERE key IN (${placeholders})`),
    );
    expect(found.map((row) => row.key).sort()).toEqual(['first', 'last']);
  });
});
