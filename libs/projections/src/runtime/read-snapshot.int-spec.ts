import { existsSync } from 'node:fs';
import { sql } from '@register/database';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestBackend, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { closeReadSnapshots, inReadSnapshot, type SqlReader } from './read-snapshot';

const [SQLITE] = PROJECTION_TEST_BACKENDS.filter((backend) => backend.name === 'SQLite');

/** How many rows the probe table holds, as `reader` sees it. */
async function count(reader: SqlReader): Promise<number> {
  const [row] = await reader.rows<{ n: number }>(sql`SELECT COUNT(*) AS n FROM snapshot_probe`);
  return Number(row.n);
}

/** A fresh database per test with a table `snapshot_probe` of one row. */
function useProbeTable(backend: ProjectionTestBackend): { readonly opened: OpenedDatabase } {
  let database: ProjectionTestDatabase;
  const state = {} as { opened: OpenedDatabase };

  beforeEach(async () => {
    database = await backend.create();
    state.opened = await database.open();
    await state.opened.dataSource.query('CREATE TABLE snapshot_probe (n INTEGER)');
    await state.opened.dataSource.query('INSERT INTO snapshot_probe (n) VALUES (1)');
  });

  afterEach(async () => {
    await state.opened.close();
    await database.dispose();
  });

  return state;
}

describe.each(PROJECTION_TEST_BACKENDS)('inReadSnapshot on $name', (backend) => {
  const probe = useProbeTable(backend);

  it('answers a question from one state: a commit between two of its statements shows only in the next question', async () => {
    const seen = await inReadSnapshot(probe.opened.dataSource, async (reader) => {
      const before = await count(reader);
      await probe.opened.dataSource.query('INSERT INTO snapshot_probe (n) VALUES (2)');
      return [before, await count(reader)];
    });
    expect(seen).toEqual([1, 1]);
    await expect(inReadSnapshot(probe.opened.dataSource, count)).resolves.toBe(2);
  });

  it("does not see what a transaction open on the service's connection has written", async () => {
    const runner = probe.opened.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('INSERT INTO snapshot_probe (n) VALUES (2)');
      await expect(inReadSnapshot(probe.opened.dataSource, count)).resolves.toBe(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('ends the transaction of a question that fails, and lets concurrent questions take turns', async () => {
    await expect(inReadSnapshot(probe.opened.dataSource, () => Promise.reject(new Error('the question failed')))).rejects.toThrow('the question failed');
    const answers = await Promise.all([1, 2, 3].map(() => inReadSnapshot(probe.opened.dataSource, count)));
    expect(answers).toEqual([1, 1, 1]);
  });
});

describe('inReadSnapshot on SQLite', () => {
  const probe = useProbeTable(SQLITE);

  it('reads the file through a memory map of 256 MiB', async () => {
    const mapped = await inReadSnapshot(probe.opened.dataSource, (reader) => reader.rows<{ mmap_size: number }>(sql`PRAGMA mmap_size`));
    expect(mapped).toEqual([{ mmap_size: 256 * 1024 * 1024 }]);
  });

  it('lets go of the file on close: once the DataSource is destroyed too, no write-ahead log is left beside it', async () => {
    const file = String(probe.opened.dataSource.options.database);
    await inReadSnapshot(probe.opened.dataSource, count);
    expect(existsSync(`${file}-wal`)).toBe(true);
    // Closes the snapshot connection (closeReadSnapshots), then the DataSource; SQLite removes the log with its last connection.
    await probe.opened.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('opens a new connection after closeReadSnapshots', async () => {
    await inReadSnapshot(probe.opened.dataSource, count);
    await closeReadSnapshots(probe.opened.dataSource);
    await probe.opened.dataSource.query('INSERT INTO snapshot_probe (n) VALUES (2)');
    await expect(inReadSnapshot(probe.opened.dataSource, count)).resolves.toBe(2);
  });
});
