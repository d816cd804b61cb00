import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { createTestDatabase } from '../../../libs/event-store/src/testing/postgres-test-database';
import { createTestApp, makeTempDir, removeTempDir } from './test-app';
import { TEST_JWT_SECRET } from './test-token';

/**
 * Where a test app keeps its data: a fresh SQLite folder or a fresh PostgreSQL
 * database. `open` may be called again after the app is closed, to restart the
 * service on the same data (durability tests).
 */
export interface TestStorage {
  open(): Promise<RegisterApplication>;
  dispose(): Promise<void>;
}

export interface StoreBackend {
  readonly name: 'SQLite' | 'PostgreSQL';
  createStorage(): Promise<TestStorage>;
}

const sqlite: StoreBackend = {
  name: 'SQLite',
  async createStorage() {
    const dataDir = await makeTempDir('write-side');
    return {
      open: () => createTestApp({ REGISTER_DATA_DIR: dataDir, REGISTER_JWT_SECRET: TEST_JWT_SECRET }),
      dispose: () => removeTempDir(dataDir),
    };
  },
};

// The integration project's globalSetup starts the PostgreSQL server; each storage is a database of its own.
const postgres: StoreBackend = {
  name: 'PostgreSQL',
  async createStorage() {
    const database = await createTestDatabase();
    return {
      open: () => createTestApp({ REGISTER_STORE: 'postgres', DATABASE_URL: database.url, REGISTER_JWT_SECRET: TEST_JWT_SECRET }),
      dispose: () => database.drop(),
    };
  },
};

/** Every write-side suite runs once per backend, with the same tests. */
export const STORE_BACKENDS: readonly StoreBackend[] = [sqlite, postgres];
