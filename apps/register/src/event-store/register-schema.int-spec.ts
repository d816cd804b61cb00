import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../libs/event-store/src/testing/postgres-test-database';
import type { StoreConfig } from '../config/register-config';
import { openMigrated, registerDataSourceOptions } from './register-data-source';
import { schemaDifferences } from './testing/schema-differences';

const HOOK = join(__dirname, '../../../../libs/event-store/src/testing/swc-register.hook.cjs');
const CHILD = join(__dirname, 'testing/migrate-once.child.ts');

/** Opens the database in a process of its own, as a service starting would, and answers the migrations it ran. */
async function migrateInAnotherProcess(store: StoreConfig): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', HOOK, CHILD, JSON.stringify(store)]);
  return JSON.parse(stdout) as string[];
}

/** A fresh database of each kind the service runs on, opened as the service opens it. */
const STORES: { name: string; create(): Promise<{ store: StoreConfig; dispose(): Promise<void> }> }[] = [
  {
    name: 'SQLite',
    async create() {
      const directory = await mkdtemp(join(tmpdir(), 'register-schema-'));
      return { store: { kind: 'sqlite', file: join(directory, 'register.sqlite') }, dispose: () => rm(directory, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL',
    async create() {
      const database = await createTestDatabase();
      return { store: { kind: 'postgres', databaseUrl: database.url }, dispose: () => database.drop() };
    },
  },
  {
    // Only the read models: the events live in the EventStoreDB cluster.
    name: 'PostgreSQL beside EventStoreDB',
    async create() {
      const database = await createTestDatabase();
      return { store: { kind: 'eventstoredb', connectionString: 'esdb://unused:2113', databaseUrl: database.url }, dispose: () => database.drop() };
    },
  },
];

describe.each(STORES)('the register schema on $name', (kind) => {
  let fresh: { store: StoreConfig; dispose(): Promise<void> };
  const opened: DataSource[] = [];

  beforeEach(async () => {
    fresh = await kind.create();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((dataSource) => dataSource.destroy()));
    await fresh.dispose();
  });

  async function open(): Promise<{ dataSource: DataSource; migrated: string[] }> {
    const result = await openMigrated(registerDataSourceOptions(fresh.store));
    opened.push(result.dataSource);
    return result;
  }

  it('is made by the migrations exactly as the entities declare it, every table declared once', async () => {
    const { dataSource, migrated } = await open();
    expect(migrated.length).toBeGreaterThan(0);
    await expect(schemaDifferences(dataSource)).resolves.toEqual([]);
  });

  it('runs each migration once when three processes start at once on an empty database, and a later start runs none', async () => {
    const results = await Promise.all([1, 2, 3].map(() => migrateInAnotherProcess(fresh.store)));
    const ran = results.filter((migrated) => migrated.length > 0);
    expect(ran).toHaveLength(1);
    const { dataSource, migrated } = await open();
    expect(migrated).toEqual([]);
    const recorded: { name: string }[] = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(recorded.map((row) => row.name)).toEqual(ran[0]);
  }, 60_000);
});
