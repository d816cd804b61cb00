import type { TestingModuleBuilder } from '@nestjs/testing';
import type { RegisterApplication } from '../../../../apps/register/src/http/http-adapter';
import { CLOCK } from '../../../../apps/register/src/write-side/clock';
import { FixedClock } from '../../../../apps/register/src/write-side/testing/fixed-clock';
import { WorkbookExport } from '../../../../apps/register/src/workbook/export/workbook-export';
import { type ImportReport, WorkbookImport } from '../../../../apps/register/src/workbook/import/workbook-import';
import { readWorkbookFiles } from '../../../../apps/register/src/workbook/reading/read-workbook-file';
import type { WorkbookContent } from '../../../../apps/register/src/workbook/reading/workbook-content';
import { createTestDatabase } from '../../../../libs/event-store/src/testing/postgres-test-database';
import { RegisterClient } from '../../support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from '../../support/test-app';

export type Backend = 'SQLite' | 'PostgreSQL';
export const BACKENDS: readonly Backend[] = ['SQLite', 'PostgreSQL'];

/** One service on a fresh store of its own, with an HTTP client; `clock` fixes the service's today when given. */
export interface TestRegister {
  readonly app: RegisterApplication;
  readonly client: RegisterClient;
  /** What the service writes and reads its data with, for a command line or a child process run beside it. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

export async function openRegister(backend: Backend, clock?: FixedClock): Promise<TestRegister> {
  const { env, dispose } = await freshStore(backend);
  const override = (builder: TestingModuleBuilder) => (clock === undefined ? builder : builder.overrideProvider(CLOCK).useValue(clock));
  const app = await createTestApp(env, override);
  const client = await RegisterClient.for(app.getHttpServer());
  return { app, client, env, close: async () => (await app.close(), await dispose()) };
}

/** An empty store's environment for the service and the command line, and how to remove it. */
export async function freshStore(backend: Backend): Promise<{ env: Record<string, string>; dispose: () => Promise<void> }> {
  if (backend === 'SQLite') {
    const dataDir = await makeTempDir('workbook');
    return { env: { REGISTER_DATA_DIR: dataDir }, dispose: () => removeTempDir(dataDir) };
  }
  const database = await createTestDatabase();
  return { env: { REGISTER_STORE: 'postgres', DATABASE_URL: database.url }, dispose: () => database.drop() };
}

export async function exportedWorkbook(register: TestRegister): Promise<WorkbookContent> {
  const bytes = await register.app.get(WorkbookExport).workbook();
  return readWorkbookFiles([{ name: 'register.xlsx', bytes }]);
}

export function checkWorkbook(register: TestRegister, content: WorkbookContent): Promise<ImportReport> {
  return register.app.get(WorkbookImport).check(content);
}

export function importWorkbook(register: TestRegister, content: WorkbookContent): Promise<ImportReport> {
  return register.app.get(WorkbookImport).apply(content, 'registrar@szmh');
}

export { FixedClock };
