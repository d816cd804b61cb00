import { BIGINT_AS_NUMBER, sql } from '@register/database';
import { Column, type DataSource, Entity, In, IsNull, PrimaryColumn } from 'typeorm';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { closeVersions, findByKeys, insertRows } from './multi-row-statements';

/** The columns of the test's tables, as a read model's entity declares them. */
class ProbeColumns {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  readonly position!: number;

  @Column('text')
  readonly key!: string;

  @Column({ type: 'double precision', nullable: true })
  readonly amount!: number | null;

  @Column({ type: 'text', nullable: true })
  readonly note!: string | null;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}

@Entity('one_by_one')
class OneByOneEntity extends ProbeColumns {}

@Entity('multi_row')
class MultiRowEntity extends ProbeColumns {}

async function createTable(dataSource: DataSource, name: string): Promise<void> {
  await dataSource.query(
    `CREATE TABLE ${name} (position BIGINT PRIMARY KEY, key TEXT NOT NULL, amount DOUBLE PRECISION NULL, note TEXT NULL, recorded_until TEXT NULL)`,
  );
}

const rowsOf = (dataSource: DataSource, table: string): Promise<Record<string, unknown>[]> =>
  dataSource.query(`SELECT position, key, amount, note, recorded_until FROM ${table} ORDER BY position`);

/** The current version: still open in recorded time. */
const OPEN = { where: { recordedUntil: IsNull() }, sql: sql`recorded_until IS NULL`, test: (row: ProbeColumns) => row.recordedUntil === null };

function probe(position: number, key: string, amount: number | null, note: string | null, recordedUntil: string | null): ProbeColumns {
  return { position, key, amount, note, recordedUntil };
}

describe.each(PROJECTION_TEST_BACKENDS)('multi-row statements on $name', (backend) => {
  let database: ProjectionTestDatabase;
  let connection: OpenedDatabase;

  beforeEach(async () => {
    database = await backend.create();
    connection = await database.open({ entities: [OneByOneEntity, MultiRowEntity] });
    await createTable(connection.dataSource, 'one_by_one');
    await createTable(connection.dataSource, 'multi_row');
  });

  afterEach(async () => {
    await connection.close();
    await database.dispose();
  });

  it("stores every value as TypeORM's one-row INSERT does: numbers, nulls, and text with quotes, backslashes, JSON and accents", async () => {
    const { dataSource } = connection;
    const rows = [
      probe(1, 'plain', 25_000, null, null),
      probe(2, "it's \"quoted\" \\ back\\slashed", 0.1, '["PW-BIJSTAND","PW-VERORDENING"]', '2026-02-10T09:00:00.000Z'),
      probe(3, 'Gemeente Sittard-Geleen, één', -1.5e-7, '{"type":"statutory","citation":"Wgr art. 8 lid 4"}', null),
      probe(9_007_199_254_740_991, '', null, '\n\t', null),
    ];
    for (const row of rows) await dataSource.getRepository(OneByOneEntity).insert(row);
    await dataSource.transaction((tx) => insertRows(tx, MultiRowEntity, rows));
    const expected = await rowsOf(dataSource, 'one_by_one');
    expect(expected).toHaveLength(4);
    await expect(rowsOf(dataSource, 'multi_row')).resolves.toEqual(expected);
  });

  it('inserts more rows than one statement can carry parameters for, all of them (SQLite takes at most 32,766)', async () => {
    const { dataSource } = connection;
    const rows = Array.from({ length: 7_000 }, (_, n) => probe(n + 1, `key-${n}`, n / 2, null, null));
    await dataSource.transaction((tx) => insertRows(tx, MultiRowEntity, rows));
    const [{ count, total }] = await dataSource.query('SELECT COUNT(*) AS count, SUM(position) AS total FROM multi_row');
    // 7,000 rows x 5 columns = 35,000 values; positions 1..7,000 add up to 7,000 x 7,001 / 2.
    expect({ count: Number(count), total: Number(total) }).toEqual({ count: 7_000, total: (7_000 * 7_001) / 2 });
  });

  it('closes the open rows of the given keys, each at its own instant, and leaves closed rows and other keys alone', async () => {
    const { dataSource } = connection;
    const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;
    await dataSource.transaction((tx) =>
      insertRows(tx, MultiRowEntity, [probe(1, 'a', null, 'closed earlier', at(1)), probe(2, 'a', null, 'open', null), probe(3, 'b', null, 'open', null), probe(4, 'c', null, 'open, not asked about', null)]),
    );
    const closings = [
      { key: ['a'], recordedUntil: at(5) },
      { key: ['b'], recordedUntil: at(6) },
    ];
    const table = { entity: MultiRowEntity, keyProperties: ['key'] as const, open: OPEN };
    await dataSource.transaction((tx) => closeVersions(tx, table, closings));
    const until = (await rowsOf(dataSource, 'multi_row')).map((row) => row.recorded_until);
    expect(until).toEqual([at(1), at(5), at(6), null]);
  });

  it('closes by a key of several columns, each cast to its column type (PostgreSQL cannot infer them in VALUES)', async () => {
    const { dataSource } = connection;
    const at = (day: number) => `2026-01-0${day}T00:00:00.000Z`;
    await dataSource.transaction((tx) => insertRows(tx, MultiRowEntity, [probe(1, 'a', 1, null, null), probe(2, 'a', 2, null, null), probe(3, 'b', 1, null, null)]));
    const table = { entity: MultiRowEntity, keyProperties: ['key', 'amount'] as const, open: OPEN };
    await dataSource.transaction((tx) => closeVersions(tx, table, [{ key: ['a', 2], recordedUntil: at(7) }]));
    const until = (await rowsOf(dataSource, 'multi_row')).map((row) => row.recorded_until);
    expect(until).toEqual([null, at(7), null]);
  });

  it('finds the rows of more keys than one statement can carry parameters for', async () => {
    const { dataSource } = connection;
    await dataSource.transaction((tx) => insertRows(tx, MultiRowEntity, [probe(1, 'first', null, null, null), probe(2, 'last', null, null, null), probe(3, 'never asked', null, null, null)]));
    const keys = ['first', ...Array.from({ length: 40_000 }, (_, n) => `missing-${n}`), 'last'];
    const found = await dataSource.transaction((tx) => findByKeys(keys, (chunk) => tx.find(MultiRowEntity, { where: { key: In(chunk) } })));
    expect(found.map((row) => row.key).sort()).toEqual(['first', 'last']);
  });
});
