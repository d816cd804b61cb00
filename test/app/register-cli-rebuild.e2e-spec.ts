import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import type { DataSource } from 'typeorm';
import type { CliIo } from '../../apps/register-cli/src/cli-command';
import { dispatch } from '../../apps/register-cli/src/cli-dispatcher';
import { createRebuildCommand } from '../../apps/register-cli/src/commands/rebuild.command';
import { REGISTER_DATA_SOURCE } from '../../apps/register/src/event-store/register-data-source';
import { PROJECTIONS } from '../../apps/register/src/read-side/projections.token';
import { createTestDatabase } from '../../libs/event-store/src/testing/postgres-test-database';
import { StreamCountProjection, type StreamCountRow } from '@register/projections/testing';
import { RegisterClient } from './support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';
import { TEST_JWT_SECRET, TEST_LOG_SIGNING_KEY } from './support/test-token';

const BACKENDS = [
  {
    name: 'SQLite',
    async storage() {
      const dataDir = await makeTempDir('cli-rebuild');
      return { env: { REGISTER_DATA_DIR: dataDir }, dispose: () => removeTempDir(dataDir) };
    },
  },
  {
    name: 'PostgreSQL',
    async storage() {
      const database = await createTestDatabase();
      return { env: { REGISTER_STORE: 'postgres', DATABASE_URL: database.url, REGISTER_LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY }, dispose: () => database.drop() };
    },
  },
];

const MUNICIPALITIES = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994'];

function participantCounts(): StreamCountProjection {
  return new StreamCountProjection('participant_counts', ['ParticipantJoined']);
}

describe.each(BACKENDS)('register-cli rebuild on $name', (backend) => {
  let storage: { env: Record<string, string>; dispose(): Promise<void> };
  let app: RegisterApplication | undefined;
  let liveRows: StreamCountRow[];

  async function rebuild() {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const env = { ...storage.env, REGISTER_JWT_SECRET: TEST_JWT_SECRET };
    const io: CliIo = { env, cwd: process.cwd(), out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
    const status = await dispatch(['rebuild'], [createRebuildCommand(() => [participantCounts()])], io);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  beforeEach(async () => {
    storage = await backend.storage();
    const projection = participantCounts();
    app = await createTestApp(storage.env, (builder) => builder.overrideProvider(PROJECTIONS).useValue([projection]));
    const client = await RegisterClient.for(app.getHttpServer());
    for (const municipality of MUNICIPALITIES) {
      const response = await client.post('/participants', { municipality, name: municipality, joinedOn: '2015-01-01' });
      expect(response.status).toBe(201);
    }
    liveRows = await projection.rows(app.get<DataSource>(REGISTER_DATA_SOURCE));
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await storage.dispose();
  });

  it('refuses with exit status 1 while the running service holds the projection lease, and changes nothing', async () => {
    const result = await rebuild();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Refusing to rebuild: Another projector holds the projection lease \(held by .*service/);
    expect(result.stderr).toContain('Stop the service');
    await expect(participantCounts().rows(app!.get<DataSource>(REGISTER_DATA_SOURCE))).resolves.toEqual(liveRows);
  });

  it('replays the log into the same rows once the service has stopped, drawing a bar and printing the rate', async () => {
    await app!.close();
    app = undefined;
    const result = await rebuild();
    expect(result.status).toBe(0);
    // Five joins, each followed by nothing else: the log ends at position 5.
    expect(result.stderr).toMatch(/\r\[#{30}\] 100% position 5 of 5\n$/);
    expect(result.stdout).toMatch(/^Rebuilt 1 projection\(s\) from 5 events up to position 5 in \d+\.\d s: \d+ events\/s\n$/);
    expect(liveRows).toHaveLength(5);

    app = await createTestApp(storage.env, (builder) => builder.overrideProvider(PROJECTIONS).useValue([participantCounts()]));
    await expect(participantCounts().rows(app.get<DataSource>(REGISTER_DATA_SOURCE))).resolves.toEqual(liveRows);
  });
});
