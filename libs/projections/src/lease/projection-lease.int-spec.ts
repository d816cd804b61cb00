import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { Projector } from '../runtime/projector';
import { appendSpread, type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestDatabase } from '../testing/projection-test-database';
import { StreamCountProjection } from '../testing/stream-count.projection';
import { projectionLeaseFor } from './projection-lease.factory';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe.each(PROJECTION_TEST_BACKENDS)('the projection lease on $name', (backend) => {
  let database: ProjectionTestDatabase;
  const connections: OpenedDatabase[] = [];
  const projectors: Projector[] = [];

  beforeEach(async () => {
    database = await backend.create();
  });

  afterEach(async () => {
    await Promise.all(projectors.splice(0).map((projector) => projector.stop()));
    await Promise.all(connections.splice(0).map((connection) => connection.close()));
    await database.dispose();
  });

  /** A projector on a connection of its own, as a second service instance would have. */
  async function instance(projection: StreamCountProjection) {
    const connection = await database.open();
    connections.push(connection);
    const projector = new Projector({ ...connection, projections: [projection], logger: quiet, standbyRetryMs: 50 });
    projectors.push(projector);
    await projector.start();
    return { connection, projector };
  }

  it('lets one of two projectors on the same database advance; the other takes over when it stops', async () => {
    const [first, second] = [new StreamCountProjection(), new StreamCountProjection()];
    const one = await instance(first);
    const other = await instance(second);
    const head = await appendSpread(one.connection.store, 'shared', 300, ['a', 'b']);
    await expect(one.projector.waitUntilProjected(head, 10_000)).resolves.toBe(true);
    // The standby answers from the checkpoint table.
    await expect(other.projector.waitUntilProjected(head, 10_000)).resolves.toBe(true);
    expect([one.projector.isLeading, other.projector.isLeading].filter(Boolean)).toHaveLength(1);
    expect(first.applied + second.applied).toBe(300);
    expect([first.applied, second.applied]).toContain(0);

    const [leader, standby] = one.projector.isLeading ? [one, other] : [other, one];
    const standbyProjection = standby === one ? first : second;
    await leader.projector.stop();
    const more = await appendSpread(standby.connection.store, 'after', 40, ['b', 'c']);
    await expect(standby.projector.waitUntilProjected(more, 10_000)).resolves.toBe(true);
    expect(standby.projector.isLeading).toBe(true);
    expect(standbyProjection.applied).toBe(40);
    await expect(first.rows(standby.connection.dataSource)).resolves.toEqual([
      { stream: 'a', events: 150, lastPosition: 299 },
      { stream: 'b', events: 170, lastPosition: 339 },
      { stream: 'c', events: 20, lastPosition: 340 },
    ]);
  });

  it('is refused to a second holder until the first releases it', async () => {
    const [one, two] = [await database.open(), await database.open()];
    connections.push(one, two);
    const [first, second] = [projectionLeaseFor(one.dataSource, 'service'), projectionLeaseFor(two.dataSource, 'rebuild')];
    await expect(first.acquire()).resolves.toBe(true);
    await expect(second.acquire()).resolves.toBe(false);
    await expect(second.describeHolder()).resolves.toMatch(/service \(pid \d+ on /);
    await expect(first.renew()).resolves.toBe(true);
    await first.release();
    await expect(second.acquire()).resolves.toBe(true);
    await expect(first.acquire()).resolves.toBe(false);
    await second.release();
  });
});

describe('the projection lease on SQLite after a crash', () => {
  const [sqlite] = PROJECTION_TEST_BACKENDS;
  let database: ProjectionTestDatabase;
  let connection: OpenedDatabase;

  beforeEach(async () => {
    database = await sqlite.create();
    connection = await database.open();
  });

  afterEach(async () => {
    await connection.close();
    await database.dispose();
  });

  async function leaveLeaseOf(pid: number, host: string): Promise<void> {
    const lease = projectionLeaseFor(connection.dataSource, 'crashed service');
    await expect(lease.acquire()).resolves.toBe(true);
    // As a holder that died without releasing would leave it: fresh for another 30 s.
    await connection.dataSource.query('UPDATE projection_lease SET pid = ?, host = ?', [pid, host]);
  }

  it('is taken at once from a holder on this host whose process is gone', async () => {
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    await leaveLeaseOf(pid, hostname());
    await expect(projectionLeaseFor(connection.dataSource, 'restarted service').acquire()).resolves.toBe(true);
  });

  it('waits for the expiry of a holder on another host, whose process it cannot see', async () => {
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    await leaveLeaseOf(pid, `not-${hostname()}`);
    await expect(projectionLeaseFor(connection.dataSource, 'restarted service').acquire()).resolves.toBe(false);
  });
});

