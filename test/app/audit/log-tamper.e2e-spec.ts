import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { Client } from 'pg';
import { createTestDatabase } from '../../../libs/event-store/src/testing/postgres-test-database';
import { builtEntry } from '../support/built-entry';
import { logLines } from '../support/built-service';
import { ChildProcessRun, childEnv, runToEnd } from '../support/child-process-run';
import { freePort } from '../support/free-port';
import { RunningService } from '../support/running-service';
import { makeTempDir, removeTempDir } from '../support/test-app';
import { signTestToken, TEST_JWT_SECRET, TEST_LOG_SIGNING_KEY, TEST_SUBJECTS } from '../support/test-token';
import { pollUntil } from '../support/poll-until';

/** Where the register keeps its events, and how a database administrator changes one behind its back. */
interface TamperedStore {
  readonly env: Record<string, string>;
  sql(statement: string): Promise<void>;
  dispose(): Promise<void>;
}

async function sqliteStore(): Promise<TamperedStore> {
  const dir = await makeTempDir('log-tamper');
  return {
    env: { REGISTER_DATA_DIR: dir, REGISTER_JWT_SECRET: TEST_JWT_SECRET },
    async sql(statement) {
      const db = new Database(join(dir, 'register.sqlite'));
      db.exec(statement);
      db.close();
    },
    dispose: () => removeTempDir(dir),
  };
}

async function postgresStore(): Promise<TamperedStore> {
  const database = await createTestDatabase();
  return {
    env: { REGISTER_STORE: 'postgres', DATABASE_URL: database.url, REGISTER_JWT_SECRET: TEST_JWT_SECRET, REGISTER_LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY },
    async sql(statement) {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query(statement);
      await client.end();
    },
    dispose: () => database.drop(),
  };
}

const PARTICIPANTS = [
  { municipality: 'GM0935', name: 'Maastricht', joinedOn: '2015-01-01' },
  { municipality: 'GM0981', name: 'Vaals', joinedOn: '2015-01-01' },
  { municipality: 'GM0938', name: 'Meerssen', joinedOn: '2015-01-01' },
];
const PERIOD = `from=2020-01-01&until=${new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)}`;

describe.each([
  { name: 'SQLite', makeStore: sqliteStore },
  { name: 'PostgreSQL', makeStore: postgresStore },
])('an event edited directly in the database on $name', ({ makeStore }) => {
  let store: TamperedStore;
  let dir: string;
  let vaalsPosition: number;
  const cli = (...args: string[]) => runToEnd(builtEntry('register-cli'), args, childEnv({ LOG_LEVEL: 'warn', ...store.env }), 60_000);
  const exportVaals = async (service: RunningService, query = '') => {
    const response = await fetch(`http://127.0.0.1:${service.port}/api/v1/audit/export?municipality=GM0981&${PERIOD}${query}`, { headers: await auditorHeaders() });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    store = await makeStore();
    dir = await makeTempDir('log-tamper-files');
    const service = (await RunningService.start(store.env)).useSecret(TEST_JWT_SECRET);
    try {
      for (const body of PARTICIPANTS) {
        const answer = await service.request('/api/v1/participants', { method: 'POST', body, as: 'registrar' });
        if (body.municipality === 'GM0981') vaalsPosition = (answer.body as { position: number }).position;
      }
      // The Vaals auditor's bundle before the edit, and its checkpoint, which they keep.
      const before = await exportVaals(service);
      await writeFile(join(dir, 'before.zip'), before);
      await writeFile(join(dir, 'kept-checkpoint.txt'), unzipSync(before)['checkpoint.txt']);
    } finally {
      await service.stop();
    }
    await store.sql(`UPDATE events SET data = '{"municipality":"GM0981","name":"Vaals (changed)","joinedOn":"2015-01-01"}' WHERE position = ${vaalsPosition}`);
  }, 120_000);

  afterAll(async () => {
    await store?.dispose();
    await removeTempDir(dir);
  }, 60_000);

  it('makes `log verify` fail naming the position of the edited event', async () => {
    const result = await cli('log', 'verify');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`position ${vaalsPosition}: leaf: the event at position ${vaalsPosition} no longer matches its leaf`);
  });

  it('makes the service refuse to serve: health 503, every route 503, a fatal line naming the position', async () => {
    const port = await freePort();
    const run = new ChildProcessRun(builtEntry('register'), [], childEnv({ PORT: String(port), ...store.env }));
    try {
      const health = await answerOnceListening(port, '/health');
      expect([health.status, health.body.code]).toEqual([503, 'STORAGE_UNAVAILABLE']);
      const participants = await fetch(`http://127.0.0.1:${port}/api/v1/participants`, { headers: await auditorHeaders() });
      expect(participants.status).toBe(503);
      const fatal = logLines(run.stdout).find((line) => line.level === 60);
      expect(fatal?.msg).toContain(`The event log does not match its signed tree at position ${vaalsPosition}`);
    } finally {
      run.kill('SIGTERM');
      await run.exitWithin(10_000);
    }
  }, 60_000);

  it('refuses a rebuild of the tree from the edited log, naming the checkpoint it contradicts', async () => {
    const result = await cli('rebuild');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The log no longer matches the checkpoint of \d+ events the register signed/);
  }, 60_000);

  it('once the tree is rebuilt with the signed checkpoints erased, shows the kept checkpoint is no prefix of the new log', async () => {
    await store.sql('DELETE FROM log_checkpoints');
    expect((await cli('rebuild')).code).toBe(0);
    const service = (await RunningService.start(store.env)).useSecret(TEST_JWT_SECRET);
    try {
      const size = (await readFile(join(dir, 'kept-checkpoint.txt'), 'utf8')).split('\n')[1];
      await writeFile(join(dir, 'after.zip'), await exportVaals(service, `&since=${size}`));
    } finally {
      await service.stop();
    }
    const result = await cli('verify', join(dir, 'after.zip'), '--since', join(dir, 'kept-checkpoint.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('consistency-proofs.ndjson: consistency proof: ');
    // The bundle of before still verifies on its own: it is the log the auditor saw, signed.
    expect((await cli('verify', join(dir, 'before.zip'))).code).toBe(0);
  }, 90_000);
});

async function auditorHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signTestToken(TEST_SUBJECTS.auditor)}` };
}

/** The first answer of a service that is starting: it listens only once its checks at start have run. */
async function answerOnceListening(port: number, path: string): Promise<{ status: number; body: { code?: string } }> {
  const response = await pollUntil(() => fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined), 30_000, () => `nothing listened on ${port} within 30 s`);
  return { status: response.status, body: (await response.json()) as { code?: string } };
}
