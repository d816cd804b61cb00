import { isDeepStrictEqual } from 'node:util';
import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { readModelRows } from '@register/projections/testing';
import { Client } from 'pg';
import { Projector } from '@register/projections';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SQLITE_FILE_NAME } from '../../../apps/register/src/config/register-config';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import { registerSchema } from '../../../apps/register/src/event-store/register-schema';
import { schemaDifferences } from '../../../apps/register/src/event-store/testing/schema-differences';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { READ_SIDE_PROGRESS, type ReadSideProgress } from '../../../apps/register/src/read-side/read-side-progress';
import { createTestDatabase } from '../../../libs/event-store/src/testing/postgres-test-database';
import { API, RegisterClient } from '../support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { signTestToken } from '../support/test-token';
import { answerOfThisRelease, REBUILT_READ_MODELS, withoutAdditions } from './second-reading-changes';

/** What make-fixture.mjs recorded from release 88125d7: every question asked of it, its answer, and its event log. */
interface PreviousRelease {
  readonly knownAt: string;
  readonly eventLog: { readonly events: number; readonly head: number; readonly sha256: string };
  readonly asked: readonly {
    readonly path: string;
    readonly role: string;
    readonly municipalities?: readonly string[];
    readonly accept: string;
    readonly status: number;
    readonly body: unknown;
  }[];
}

const FIXTURE = join(__dirname, 'previous-release');

/** A copy of the previous release's database, the environment that starts today's service on it, and a way to look at it unstarted. */
interface RestoredDatabase {
  readonly env: Record<string, string>;
  /** A plain DataSource on the copy: no entities, no migrations, nothing run. */
  inspect(): Promise<DataSource>;
  dispose(): Promise<void>;
}

const BACKENDS = [
  {
    name: 'SQLite',
    kind: 'sqlite' as const,
    fixture: 'answers.sqlite.json',
    async restore(): Promise<RestoredDatabase> {
      const dataDir = await makeTempDir('previous-release');
      const file = join(dataDir, SQLITE_FILE_NAME);
      await copyFile(join(FIXTURE, 'register.sqlite'), file);
      return { env: { REGISTER_DATA_DIR: dataDir }, inspect: () => new DataSource({ type: 'better-sqlite3', database: file }).initialize(), dispose: () => removeTempDir(dataDir) };
    },
  },
  {
    name: 'PostgreSQL',
    kind: 'postgres' as const,
    fixture: 'answers.postgres.json',
    async restore(): Promise<RestoredDatabase> {
      const database = await createTestDatabase();
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query(await readFile(join(FIXTURE, 'register.postgres.sql'), 'utf8')).finally(() => client.end());
      const env = { REGISTER_STORE: 'postgres', DATABASE_URL: database.url };
      return { env, inspect: () => new DataSource({ type: 'postgres', url: database.url }).initialize(), dispose: () => database.drop() };
    },
  },
];

/** An answer as the test compares it: every field and value of a 200, the status and code of a refusal (whose wording is not the read models'). */
function comparable(status: number, body: unknown): unknown {
  if (status === 200) return { status, body };
  return { status, code: (body as { code?: unknown } | null)?.code };
}

/** Waits, polling the projector, until every read model has applied the log up to `head`. */
async function readSideAt(progress: ReadSideProgress, head: number, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await progress.caughtUpTo()) < head) {
    if (Date.now() > deadline) throw new Error(`the read side did not reach position ${head} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function checkpointsOf(dataSource: DataSource): Promise<{ name: string; position: number }[]> {
  const rows: { name: string; position: string | number }[] = await dataSource.query('SELECT name, position FROM projection_checkpoints ORDER BY name');
  return rows.map((row) => ({ name: row.name, position: Number(row.position) }));
}

describe.each(BACKENDS)('a register made by release 88125d7, on $name, started by this release', (backend) => {
  let previous: PreviousRelease;
  let database: RestoredDatabase;
  let untouched: { readModels: Record<string, string[]>; checkpoints: { name: string; position: number }[] };
  let app: RegisterApplication;

  beforeAll(async () => {
    previous = JSON.parse(await readFile(join(FIXTURE, backend.fixture), 'utf8')) as PreviousRelease;
    database = await backend.restore();
    const plain = await database.inspect();
    try {
      untouched = { readModels: await readModelRows(plain), checkpoints: await checkpointsOf(plain) };
    } finally {
      await plain.destroy();
    }
    app = await createTestApp(database.env);
    // SecondReading1797379200000 rebuilt some read models: their projections replay the log before the register is asked anything.
    await readSideAt(app.get<ReadSideProgress>(READ_SIDE_PROGRESS), previous.eventLog.head);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it("is upgraded in place: the first migrations recorded, the schema as the entities declare it, the release's read models and checkpoints as they were, the new ones filled from the log", async () => {
    const dataSource = app.get<DataSource>(REGISTER_DATA_SOURCE);
    const migrations: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    // The first two adopt the release's tables as they are; every later one then runs on them.
    const all = registerSchema(backend.kind).migrations.map((migration) => (migration as { name: string }).name);
    expect(all.slice(0, 2)).toEqual(['EventLog1795538903000', 'ReadModels1795538903001']);
    expect(migrations.map((migration) => migration.name)).toEqual(all);
    await expect(schemaDifferences(dataSource)).resolves.toEqual([]);
    // The release had projected the whole log; the projections this release replays (SecondReading1797379200000) are back at its head.
    expect(untouched.checkpoints.map((checkpoint) => checkpoint.position)).toEqual(untouched.checkpoints.map(() => previous.eventLog.head));
    const checkpoints = await checkpointsOf(dataSource);
    expect(checkpoints.map((checkpoint) => checkpoint.position)).toEqual(checkpoints.map(() => previous.eventLog.head));
    expect(checkpoints.map((checkpoint) => checkpoint.name)).toEqual(expect.arrayContaining(untouched.checkpoints.map((checkpoint) => checkpoint.name).filter((name) => name !== 'pending-publications.v1')));
    // Every read model the migration did not rebuild is as the release left it, row for row.
    const readModels = await readModelRows(dataSource);
    const kept = (models: Record<string, string[]>) => Object.fromEntries(Object.entries(models).filter(([table]) => !REBUILT_READ_MODELS.includes(table)));
    expect(kept(Object.fromEntries(Object.keys(untouched.readModels).map((table) => [table, readModels[table]])))).toEqual(kept(untouched.readModels));
    // A read model this release adds (lists.v1, log-tree.v1) fills its new tables from the log.
    const addedTables = Object.keys(readModels).filter((table) => !(table in untouched.readModels));
    expect(addedTables.filter((table) => readModels[table].length === 0)).toEqual([]);
  });

  it("builds the verifiable log's tree, which that release did not have, from its whole log, and signs it", async () => {
    await expect(app.get(Projector).waitUntilProjected(previous.eventLog.head, 20_000)).resolves.toBe(true);
    const checkpoint = await request(app.getHttpServer()).get(`${API}/log/checkpoint`).set('Authorization', `Bearer ${await signTestToken({ sub: 'auditor', roles: ['reader'] })}`);
    expect(checkpoint.text.split('\n')[1]).toBe(String(previous.eventLog.events));
  });

  it("holds the same events, read back byte for byte as that release's own store read them", async () => {
    const events = await app.get<EventStore>(EVENT_STORE).readAll();
    const digest = createHash('sha256').update(JSON.stringify(events)).digest('hex');
    expect({ events: events.length, head: events.at(-1)?.position, sha256: digest }).toEqual(previous.eventLog);
  });

  it('answers every question that release was asked as that release answered it', async () => {
    expect(previous.asked.length).toBeGreaterThan(200);
    const differences: string[] = [];
    for (const question of previous.asked) {
      const token = await signTestToken({ sub: 'previous-release', roles: [question.role], municipalities: question.municipalities });
      const response = await request(app.getHttpServer()).get(`${API}${question.path}`).set('Authorization', `Bearer ${token}`).set('Accept', question.accept);
      const body: unknown = question.accept === 'text/csv' && response.status === 200 ? response.text : response.body;
      // Same fields and values; the order of an answer's keys is no part of the contract.
      const expected = answerOfThisRelease(question, previous.asked);
      if (!isDeepStrictEqual(comparable(response.status, withoutAdditions(question.path, body)), comparable(question.status, expected))) differences.push(question.path);
    }
    expect(differences).toEqual([]);
  }, 60_000);

  it('goes on recording: a municipality joining now is listed beside the five that took part', async () => {
    const client = await RegisterClient.for(app.getHttpServer());
    const joined = await client.post('/participants', { municipality: 'GM0888', name: 'Beek', joinedOn: '2026-12-01' });
    expect(joined.status).toBe(201);
    const listed = await client.get(`/participants?validOn=2026-12-02&knownAt=${new Date().toISOString()}`, { as: 'reader' });
    expect(listed.status).toBe(200);
    expect((listed.body as { municipality: string }[]).map((entry) => entry.municipality)).toContain('GM0888');
  });
});
