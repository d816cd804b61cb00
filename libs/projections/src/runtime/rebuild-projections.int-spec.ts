import { ProjectionLeaseHeldError } from '../lease/projection-lease';
import { appendSpread, type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { StreamCountProjection } from '../testing/stream-count.projection';
import { CheckpointMovedError, ProjectionCheckpoints } from './projection-checkpoints';
import { ProjectionStep } from './projection-step';
import { Projector } from './projector';
import { type RebuildProgress, rebuildProjections } from './rebuild-projections';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe.each(PROJECTION_TEST_BACKENDS)('rebuilding the projections on $name', (backend) => {
  let database: ProjectionTestDatabase;
  let connection: OpenedDatabase;
  let projector: Projector | undefined;

  beforeEach(async () => {
    database = await backend.create();
    connection = await database.open();
  });

  afterEach(async () => {
    await projector?.stop();
    projector = undefined;
    await connection.close();
    await database.dispose();
  });

  async function projectLive(projection: StreamCountProjection, head: number): Promise<Projector> {
    projector = new Projector({ dataSource: connection.dataSource, store: connection.store, projections: [projection], logger: quiet });
    await projector.start();
    await expect(projector.waitUntilProjected(head, 20_000)).resolves.toBe(true);
    return projector;
  }

  it('drops the read model and replays the log into the same rows as the live projector', async () => {
    await appendSpread(connection.store, 'counted', 1_100, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const head = await appendSpread(connection.store, 'ignored', 30, ['a', 'h'], 'NotCounted');
    const live = new StreamCountProjection();
    await (await projectLive(live, head)).stop();
    projector = undefined;
    const liveRows = await live.rows(connection.dataSource);
    // A row no event explains: the reset must drop it.
    await connection.dataSource.query(`INSERT INTO ${live.name} (stream, events, last_position) VALUES ('stale', 99, 0)`);

    const progress: RebuildProgress[] = [];
    const rebuilt = new StreamCountProjection();
    const report = await rebuildProjections({ ...connection, projections: [rebuilt], batchSize: 500, onProgress: (step) => progress.push(step) });

    await expect(rebuilt.rows(connection.dataSource)).resolves.toEqual(liveRows);
    expect(liveRows).toHaveLength(7);
    expect(report).toMatchObject({ position: head, head, events: head });
    // Steps of 500: 500, 1,000, then the last 130 events.
    expect(progress.map((step) => step.position)).toEqual([500, 1_000, head]);
    const checkpoints = await new ProjectionCheckpoints(connection.dataSource).read([rebuilt.name]);
    expect(checkpoints.get(rebuilt.name)).toBe(head);
  });

  it('refuses while a running projector holds the lease, and leaves the read model as it was', async () => {
    const head = await appendSpread(connection.store, 'held', 10, ['a']);
    const live = new StreamCountProjection();
    await projectLive(live, head);
    const rows = await live.rows(connection.dataSource);

    const rebuilt = new StreamCountProjection();
    const refusal = rebuildProjections({ ...connection, projections: [rebuilt] });
    await expect(refusal).rejects.toThrow(ProjectionLeaseHeldError);
    await expect(refusal).rejects.toThrow(/holds the projection lease \(held by .*service/);
    expect(rebuilt.applied).toBe(0);
    await expect(live.rows(connection.dataSource)).resolves.toEqual(rows);
  });

  it('fences off a projector whose checkpoint another one moved: its step rolls back', async () => {
    const head = await appendSpread(connection.store, 'fence', 4, ['a']);
    const projection = new StreamCountProjection();
    await rebuildProjections({ ...connection, projections: [projection] });
    // A projector that still believes the checkpoint is at 0 tries to apply the same events again.
    const stale = new ProjectionStep(connection.dataSource, [projection]);
    const events = await connection.store.readAll();
    await expect(stale.commit(events, new Map([[projection.name, 0]]))).rejects.toThrow(CheckpointMovedError);
    await expect(projection.rows(connection.dataSource)).resolves.toEqual([{ stream: 'a', events: 4, lastPosition: head }]);
  });

  it('fences off a step when only one of its checkpoints moved, naming that one, and rolls back the others too', async () => {
    const head = await appendSpread(connection.store, 'fence', 4, ['a']);
    const [first, second] = [new StreamCountProjection('first_counts'), new StreamCountProjection('second_counts')];
    await rebuildProjections({ ...connection, projections: [first, second] });
    // The stale projector knows `first` where it really is; only `second` moved on without it.
    const stale = new ProjectionStep(connection.dataSource, [first, second]);
    await appendSpread(connection.store, 'more', 2, ['a']);
    const events = await connection.store.readAll({ fromPosition: head });
    const known = new Map([[first.name, head], [second.name, 0]]);
    await expect(stale.commit(events, known)).rejects.toThrow(new CheckpointMovedError(second.name, 0));
    const untouched = [{ stream: 'a', events: 4, lastPosition: head }];
    await expect(first.rows(connection.dataSource)).resolves.toEqual(untouched);
    await expect(second.rows(connection.dataSource)).resolves.toEqual(untouched);
    const checkpoints = await new ProjectionCheckpoints(connection.dataSource).read([first.name, second.name]);
    expect([...checkpoints.values()]).toEqual([head, head]);
  });
});
