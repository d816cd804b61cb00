import { Projector, type ProjectorOptions } from './projector';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { StreamCountProjection } from '../testing/stream-count.projection';
import { appendSpread, type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

// Each wait below ends on its condition and has a limit of its own (20 s for the catch-up of 1,200 events on a
// busy machine): the test's limit must lie above what its waits may take together, or Jest gives up first, silently.
jest.setTimeout(60_000);

/** Resolves once `condition` holds; fails the test when it does not within `ms`. */
async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe.each(PROJECTION_TEST_BACKENDS)('the projector on $name', (backend) => {
  let database: ProjectionTestDatabase;
  const running: Projector[] = [];
  const connections: OpenedDatabase[] = [];

  beforeEach(async () => {
    database = await backend.create();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((projector) => projector.stop()));
    await Promise.all(connections.splice(0).map((connection) => connection.close()));
    await database.dispose();
  });

  async function connect(): Promise<OpenedDatabase> {
    const connection = await database.open();
    connections.push(connection);
    return connection;
  }

  async function startProjector(connection: OpenedDatabase, options: Partial<ProjectorOptions> & Pick<ProjectorOptions, 'projections'>) {
    const { dataSource, store } = connection;
    const projector = new Projector({ dataSource, store, logger: quiet, retryDelays: { first: 10, max: 50 }, ...options });
    running.push(projector);
    await projector.start();
    return projector;
  }

  async function storedCheckpoint(connection: OpenedDatabase, name: string): Promise<number> {
    return (await new ProjectionCheckpoints(connection.dataSource).read([name])).get(name) ?? -1;
  }

  it.each([
    ['in steps of 500', 500],
    ['in steps of 7', 7],
  ])('catches up from position 0 over several steps, then projects what is appended live (applied %s)', async (_, batchSize) => {
    const connection = await connect();
    // 1,200 events before it starts: more than two steps of 500.
    await appendSpread(connection.store, 'history', 1_200, ['a', 'b', 'c']);
    const projection = new StreamCountProjection('stream_counts', ['Counted']);
    const projector = await startProjector(connection, { projections: [projection], batchSize });
    await expect(projector.waitUntilProjected(1_200, 20_000)).resolves.toBe(true);
    await expect(projection.rows(connection.dataSource)).resolves.toEqual([
      { stream: 'a', events: 400, lastPosition: 1_198 },
      { stream: 'b', events: 400, lastPosition: 1_199 },
      { stream: 'c', events: 400, lastPosition: 1_200 },
    ]);

    const live = await appendSpread(connection.store, 'live', 2, ['a', 'd']);
    await expect(projector.waitUntilProjected(live, 5_000)).resolves.toBe(true);
    const rows = await projection.rows(connection.dataSource);
    expect(rows.filter((row) => ['a', 'd'].includes(row.stream))).toEqual([
      { stream: 'a', events: 401, lastPosition: 1_201 },
      { stream: 'd', events: 1, lastPosition: 1_202 },
    ]);
    // 1,200 appends one by one take seconds on a busy machine: as long as the catch-up may take, not Jest's 5 s.
  }, 30_000);

  it('moves the checkpoint past events no projection handles', async () => {
    const connection = await connect();
    const projection = new StreamCountProjection();
    const projector = await startProjector(connection, { projections: [projection] });
    const counted = await appendSpread(connection.store, 'counted', 1, ['a']);
    const ignored = await appendSpread(connection.store, 'ignored', 3, ['a'], 'NotCounted');
    await expect(projector.waitUntilProjected(ignored, 5_000)).resolves.toBe(true);
    expect([counted, ignored]).toEqual([1, 4]);
    await expect(storedCheckpoint(connection, projection.name)).resolves.toBe(4);
    await expect(projection.rows(connection.dataSource)).resolves.toEqual([{ stream: 'a', events: 1, lastPosition: 1 }]);
  });

  it.each([
    ['in one step', 500],
    ['a step per event', 1],
  ])('keeps neither the rows nor the checkpoint of a failed step (applied %s), and after a restart applies its events exactly once', async (_, batchSize) => {
    const first = await connect();
    await appendSpread(first.store, 'atomic', 10, ['s']);
    const failing = new StreamCountProjection('stream_counts', ['Counted']);
    // The row for position 6 is written inside the transaction, then the step fails; each attempt is counted.
    let attemptsAtSix = 0;
    failing.failAfterWriting((event) => event.position === 6 && (attemptsAtSix += 1) > 0);
    const projector = await startProjector(first, { projections: [failing], batchSize });
    // Positions 1-5 commit without the failing event; 6 is retried, never skipped: after two failed attempts it is still at 5.
    await expect(projector.waitUntilProjected(5, 5_000)).resolves.toBe(true);
    await until(() => attemptsAtSix >= 2);
    await expect(projector.caughtUpTo()).resolves.toBe(5);
    await expect(storedCheckpoint(first, failing.name)).resolves.toBe(5);
    await expect(failing.rows(first.dataSource)).resolves.toEqual([{ stream: 's', events: 5, lastPosition: 5 }]);
    await projector.stop();
    await first.close();

    const second = await connect();
    const healthy = new StreamCountProjection('stream_counts', ['Counted']);
    const restarted = await startProjector(second, { projections: [healthy], batchSize });
    await expect(restarted.waitUntilProjected(10, 5_000)).resolves.toBe(true);
    // Positions 6-10, each once: the rolled back write of 6 left nothing to count twice.
    expect(healthy.applied).toBe(5);
    await expect(healthy.rows(second.dataSource)).resolves.toEqual([{ stream: 's', events: 10, lastPosition: 10 }]);
  });

  it('resumes after a stop between steps without losing or repeating an event', async () => {
    const first = await connect();
    await appendSpread(first.store, 'before', 50, ['x', 'y']);
    const stopped = new StreamCountProjection();
    stopped.failAfterWriting((event) => event.position > 21);
    // Steps of 7: the checkpoint stops at 21, the end of the third step.
    const projector = await startProjector(first, { projections: [stopped], batchSize: 7 });
    await expect(projector.waitUntilProjected(21, 5_000)).resolves.toBe(true);
    await projector.stop();
    await first.close();

    const second = await connect();
    await expect(storedCheckpoint(second, stopped.name)).resolves.toBe(21);
    const resumed = new StreamCountProjection();
    const restarted = await startProjector(second, { projections: [resumed], batchSize: 7 });
    const head = await appendSpread(second.store, 'after', 30, ['x', 'z']);
    await expect(restarted.waitUntilProjected(head, 10_000)).resolves.toBe(true);
    // 80 events in all; the new instance applied everything after 21.
    expect([head, resumed.applied]).toEqual([80, 59]);
    await expect(resumed.rows(second.dataSource)).resolves.toEqual([
      { stream: 'x', events: 25 + 15, lastPosition: 79 },
      { stream: 'y', events: 25, lastPosition: 50 },
      { stream: 'z', events: 15, lastPosition: 80 },
    ]);
  });

  it('lets a projection added later catch up from 0 while the others keep their checkpoints', async () => {
    const first = await connect();
    await appendSpread(first.store, 'old', 20, ['a']);
    const older = await startProjector(first, { projections: [new StreamCountProjection('older_counts')] });
    await expect(older.waitUntilProjected(20, 5_000)).resolves.toBe(true);
    await older.stop();

    const kept = new StreamCountProjection('older_counts');
    const added = new StreamCountProjection('added_counts');
    const both = await startProjector(first, { projections: [kept, added] });
    const head = await appendSpread(first.store, 'new', 5, ['a']);
    await expect(both.waitUntilProjected(head, 5_000)).resolves.toBe(true);
    expect([kept.applied, added.applied]).toEqual([5, 25]);
    await expect(added.rows(first.dataSource)).resolves.toEqual(await kept.rows(first.dataSource));
  });
});
