import type { EventStore } from '@register/event-store';
import {
  canonicalEventBytes,
  generateSignerKey,
  loggedEventOf,
  openCheckpoint,
  parseSignerKey,
  proveConsistency,
  proveInclusion,
  treeRoot,
  verifyInclusion,
} from '@register/verifiable-log';
import { referenceMth, referencePath, referenceProof } from '../../../verifiable-log/src/testing/rfc9162-reference';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { readModelRows } from '../runtime/testing/read-model-rows';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { checkLogLeaves } from './log-integrity';
import { LogTreeProjection } from './log-tree.projection';
import { leafAtPosition, leavesConcerning } from './log-tree.queries';
import { verifyLog } from './log-verification';
import { latestSignedCheckpoint, signedCheckpoints, SignedHistoryMismatchError } from './signed-checkpoints';
import { SqlTreeNodes } from './sql-tree-nodes';

const signer = parseSignerKey(generateSignerKey('register.szmh.example/log'));
const VAALS = 'GM0981';
const MEERSSEN = 'GM0938';

/** `count` events over three streams, each concerning Vaals, Meerssen or both in turn, with text that RFC 8785 must escape. */
async function appendEvents(store: EventStore, count: number, label = 'e'): Promise<number> {
  let position = 0;
  for (let n = 0; n < count; n += 1) {
    const municipalities = [[VAALS], [MEERSSEN], [VAALS, MEERSSEN]][n % 3];
    const event = { eventId: `${label}-${n}`, type: 'Sampled', data: { n, note: 'één "mandaat"\n', nested: { b: 1, a: [true, null] } }, metadata: { municipalities } };
    ({ position } = await store.appendToStream(`stream-${n % 3}`, [event]));
  }
  return position;
}

describe.each(PROJECTION_TEST_BACKENDS)('the verifiable log tree on $name', (backend) => {
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

  const project = (batchSize: number) => rebuildProjections({ ...connection, projections: [new LogTreeProjection({ signer })], batchSize });
  /** The canonical bytes of each stored event, in log order: the entries RFC 9162 hashes. */
  const entries = async () => (await connection.store.readAll()).map((event) => canonicalEventBytes(loggedEventOf(event)));

  it('stores the tree RFC 9162 defines over the canonical events, with proofs equal to the RFC text, read without the log', async () => {
    await appendEvents(connection.store, 23);
    await project(7);
    const leaves = await entries();
    const nodes = new SqlTreeNodes(connection.dataSource);
    for (const size of [1, 7, 16, 23]) await expect(treeRoot(nodes, size)).resolves.toEqual(referenceMth(leaves.slice(0, size)));
    for (const [leaf, size] of [[0, 1], [5, 16], [22, 23], [13, 20]]) {
      const proof = await proveInclusion(nodes, leaf, size);
      expect(proof.auditPath).toEqual(referencePath(leaf, leaves.slice(0, size)));
    }
    for (const [from, to] of [[1, 23], [7, 16], [13, 23], [23, 23]]) {
      expect((await proveConsistency(nodes, from, to)).path).toEqual(referenceProof(from, leaves.slice(0, to)));
    }
  });

  it('signs a checkpoint after every step, each verifying with the key and signing the root of its size', async () => {
    await appendEvents(connection.store, 23);
    await project(7);
    const checkpoints = await signedCheckpoints(connection.dataSource);
    // Steps of 7 events: 7, 14, 21, then the last 2.
    expect(checkpoints.map((checkpoint) => checkpoint.treeSize)).toEqual([7, 14, 21, 23]);
    const leaves = await entries();
    for (const checkpoint of checkpoints) {
      const opened = openCheckpoint(checkpoint.note, signer.verifier);
      expect(opened).toEqual({ origin: signer.name, size: checkpoint.treeSize, rootHash: referenceMth(leaves.slice(0, checkpoint.treeSize)) });
    }
  });

  it('gives the identical tree when rebuilt in other steps, and signs nothing new for sizes it signed before', async () => {
    await appendEvents(connection.store, 23);
    await project(5);
    const before = await readModelRows(connection.dataSource);
    const signed = await signedCheckpoints(connection.dataSource);
    await project(500);
    await expect(readModelRows(connection.dataSource)).resolves.toEqual(before);
    await expect(signedCheckpoints(connection.dataSource)).resolves.toEqual(signed);
    expect(before.rm_log_tree_nodes.length).toBeGreaterThan(23);
  });

  it('knows each position as its leaf with its municipalities, and finds one municipality\'s events by recorded time', async () => {
    const head = await appendEvents(connection.store, 9);
    await project(500);
    const events = await connection.store.readAll();
    await expect(leafAtPosition(connection.dataSource, events[4].position)).resolves.toEqual({
      leafIndex: 4,
      position: events[4].position,
      recordedAt: events[4].recordedAt,
      municipalities: [MEERSSEN],
    });
    await expect(leafAtPosition(connection.dataSource, head + 1)).resolves.toBeUndefined();
    const vaals = await leavesConcerning(connection.dataSource, { municipality: VAALS, from: events[0].recordedAt, until: '9999-12-31T00:00:00.000Z', treeSize: 8 });
    // Events 0, 2, 3, 5, 6 concern Vaals (n % 3 is 0 or 2), and event 8 lies beyond a tree of 8.
    expect(vaals.map((leaf) => leaf.leafIndex)).toEqual([0, 2, 3, 5, 6]);
  });

  it('finds an event changed in the database after it was hashed, naming its position, and refuses to sign a rebuilt tree of it', async () => {
    await appendEvents(connection.store, 12);
    await project(4);
    const events = await connection.store.readAll();
    await expect(checkLogLeaves(connection.store, connection.dataSource)).resolves.toMatchObject({ findings: [], treeSize: 12, eventsCompared: 12 });
    await connection.dataSource.query(`UPDATE events SET data = '{"n":5,"note":"changed"}' WHERE position = ${events[5].position}`);

    const found = await checkLogLeaves(connection.store, connection.dataSource, { firstOnly: true });
    expect(found.findings).toEqual([{ check: 'leaf', position: events[5].position, message: expect.stringContaining(`position ${events[5].position} no longer matches its leaf 5`) }]);
    const verified = await verifyLog(connection.store, connection.dataSource, signer.verifier);
    expect(verified.findings[0]).toMatchObject({ check: 'leaf', position: events[5].position });
    // The checkpoints of 8 and 12 events now sign roots the log no longer gives.
    expect(verified.findings.filter((finding) => finding.check === 'checkpoint').map((finding) => finding.message)).toEqual([
      expect.stringContaining('checkpoint of 8 events'),
      expect.stringContaining('checkpoint of 12 events'),
    ]);
    const refusal = project(4);
    await expect(refusal).rejects.toThrow(/failed on Sampled at position \d+: The log no longer matches the checkpoint of 8 events/);
    await expect(refusal.catch((error: Error) => error.cause)).resolves.toBeInstanceOf(SignedHistoryMismatchError);
    await expect(latestSignedCheckpoint(connection.dataSource)).resolves.toMatchObject({ treeSize: 12 });
  });

  it('starts a step after a rolled back one, or after another writer\'s, from the stored tree and not from the right edge it remembers', async () => {
    await appendEvents(connection.store, 9);
    const events = await connection.store.readAll();
    const projection = new LogTreeProjection({ signer });
    const step = (from: number, to: number) => connection.dataSource.transaction((tx) => projection.apply(events.slice(from, to), tx));
    await step(0, 3);
    const rolledBack = connection.dataSource.transaction(async (tx) => {
      await projection.apply(events.slice(3, 5), tx);
      throw new Error('a later projection of the step failed');
    });
    await expect(rolledBack).rejects.toThrow('a later projection of the step failed');
    await step(3, 5);
    // Another instance (a second HTTP process) takes the next step; this one must not sign over it from size 5.
    await connection.dataSource.transaction((tx) => new LogTreeProjection({ signer }).apply(events.slice(5, 7), tx));
    await step(7, 9);
    const leaves = await entries();
    await expect(treeRoot(new SqlTreeNodes(connection.dataSource), 9)).resolves.toEqual(referenceMth(leaves));
    await expect(checkLogLeaves(connection.store, connection.dataSource)).resolves.toMatchObject({ findings: [], treeSize: 9 });
    await expect(latestSignedCheckpoint(connection.dataSource)).resolves.toMatchObject({ treeSize: 9, rootHash: referenceMth(leaves) });
  });

  it('proves every leaf of the projected tree against its latest checkpoint', async () => {
    await appendEvents(connection.store, 10);
    await project(3);
    const latest = await latestSignedCheckpoint(connection.dataSource);
    const nodes = new SqlTreeNodes(connection.dataSource);
    for (let leaf = 0; leaf < 10; leaf += 1) {
      expect(verifyInclusion(await proveInclusion(nodes, leaf, latest!.treeSize), latest!.rootHash)).toEqual({ valid: true });
    }
  });
});
