import { canonicalEventBytes, generateSignerKey, loggedEventOf, parseSignerKey, proveInclusion, treeRoot, verifyInclusion } from '@register/verifiable-log';
import { referenceMth } from '../../../verifiable-log/src/testing/rfc9162-reference';
import { checkLogLeaves } from '../log-tree/log-integrity';
import { LogTreeProjection } from '../log-tree/log-tree.projection';
import { leafAtPosition, leavesConcerning } from '../log-tree/log-tree.queries';
import { latestSignedCheckpoint } from '../log-tree/signed-checkpoints';
import { SqlTreeNodes } from '../log-tree/sql-tree-nodes';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { readModelRows } from '../runtime/testing/read-model-rows';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { LogTreeRekeyed1797465600000 } from './1797465600000-log-tree-rekeyed.migration';

const signer = parseSignerKey(generateSignerKey('register.szmh.example/log'));
const VAALS = 'GM0981';

describe.each(PROJECTION_TEST_BACKENDS)('LogTreeRekeyed on $name', (backend) => {
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

  const append = async (from: number, to: number) => {
    for (let n = from; n < to; n += 1) {
      await connection.store.appendToStream(`stream-${n % 2}`, [{ eventId: `e-${n}`, type: 'Sampled', data: { n }, metadata: { municipalities: n % 2 === 0 ? [VAALS] : [] } }]);
    }
  };
  const migrate = async (direction: 'up' | 'down') => {
    const runner = connection.dataSource.createQueryRunner();
    try {
      await new LogTreeRekeyed1797465600000()[direction](runner);
    } finally {
      await runner.release();
    }
  };

  it('carries every node, leaf and concern from the first layout to this one and back, so the tree needs no replay and grows on', async () => {
    await append(0, 1_100);
    await rebuildProjections({ ...connection, projections: [new LogTreeProjection({ signer })], batchSize: 300 });
    const projected = await readModelRows(connection.dataSource);

    await migrate('down');
    const [{ nodes }] = await connection.dataSource.query('SELECT COUNT(*) AS nodes FROM rm_log_tree_nodes WHERE level = 10');
    expect(Number(nodes)).toBe(1);
    await migrate('up');

    await expect(readModelRows(connection.dataSource)).resolves.toEqual(projected);
    await expect(checkLogLeaves(connection.store, connection.dataSource)).resolves.toMatchObject({ findings: [], treeSize: 1_100 });
    const events = await connection.store.readAll();
    await expect(leafAtPosition(connection.dataSource, events[1_099].position)).resolves.toMatchObject({ leafIndex: 1_099, municipalities: [] });
    const vaals = await leavesConcerning(connection.dataSource, { municipality: VAALS, from: events[0].recordedAt, until: '9999-12-31T00:00:00.000Z', treeSize: 6 });
    expect(vaals).toEqual([0, 2, 4].map((leaf) => ({ leafIndex: leaf, position: events[leaf].position })));

    await append(1_100, 1_105);
    const later = (await connection.store.readAll()).slice(1_100);
    await connection.dataSource.transaction((tx) => new LogTreeProjection({ signer }).apply(later, tx));
    const entries = (await connection.store.readAll()).map((event) => canonicalEventBytes(loggedEventOf(event)));
    const grown = new SqlTreeNodes(connection.dataSource);
    await expect(treeRoot(grown, 1_105)).resolves.toEqual(referenceMth(entries));
    const latest = await latestSignedCheckpoint(connection.dataSource);
    expect(latest?.treeSize).toBe(1_105);
    expect(verifyInclusion(await proveInclusion(grown, 3, 1_105), latest!.rootHash)).toEqual({ valid: true });
  });
});
