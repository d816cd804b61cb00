import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAggregateStream } from '@register/domain';
import { EVENT_STORE, type EventStore, openEventStore } from '@register/event-store';
import { loadRegisterConfig } from '../../../apps/register/src/config/load-register-config';
import { eventStoreConnection } from '../../../apps/register/src/event-store/event-store-connection';
import { writeWorkbook } from '../../../apps/register/src/workbook/export/workbook-writer';
import { readWorkbookFiles } from '../../../apps/register/src/workbook/reading/read-workbook-file';
import { generatedRegister } from '../../../apps/register/src/workbook/testing/generated-register';
import { builtEntry } from '../support/built-entry';
import { ChildProcessRun, runToEnd } from '../support/child-process-run';
import { makeTempDir, removeTempDir } from '../support/test-app';
import { TEST_JWT_SECRET, TEST_LOG_SIGNING_KEY } from '../support/test-token';
import { BACKENDS, type Backend, freshStore, importWorkbook, openRegister } from './support/workbook-registers';

/** Some hundreds of writes: the import takes seconds, so it can be killed half-way. */
const MANDATES = 300;

async function storeOf(env: Readonly<Record<string, string>>): Promise<EventStore> {
  return openEventStore(eventStoreConnection(loadRegisterConfig({ REGISTER_JWT_SECRET: TEST_JWT_SECRET, REGISTER_LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY, ...env }, process.cwd()).store));
}

/** The events of the register's aggregates, without the write side's bookkeeping (idempotency keys, reservations). */
async function registerEvents(store: EventStore): Promise<{ stream: string; type: string; data: unknown }[]> {
  const events = await store.readAll();
  return events.filter((event) => isAggregateStream(event.stream)).map(({ stream, type, data }) => ({ stream, type, data }));
}

/** Waits, by asking the store, until the log has grown to `position` while the import runs; then kills it without warning. */
async function killOnceAt(run: ChildProcessRun, store: EventStore, position: number): Promise<number> {
  let exited = false;
  void run.exited.then(() => (exited = true));
  while (!exited && (await store.headPosition()) < position) await new Promise((resolve) => setImmediate(resolve));
  if (exited) throw new Error(`the import ended before the log reached ${position}:\n${run.stdout}${run.stderr}`);
  run.kill('SIGKILL');
  await run.exitWithin(10_000);
  return store.headPosition();
}

describe.each(BACKENDS)('an import killed with SIGKILL half-way, on %s', (backend: Backend) => {
  it('completes when run again, and the register then holds every row once: the same events as an import never interrupted', async () => {
    const dir = await makeTempDir('import-kill');
    const file = join(dir, 'register.xlsx');
    const bytes = await writeWorkbook(generatedRegister(MANDATES));
    await writeFile(file, bytes);
    const target = await freshStore(backend);
    const store = await storeOf(target.env);
    try {
      const expected = await uninterruptedImport(backend, bytes);
      // A shared store keeps the log's key in the configuration, not in a data folder.
      const env = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', REGISTER_JWT_SECRET: TEST_JWT_SECRET, REGISTER_LOG_SIGNING_KEY: TEST_LOG_SIGNING_KEY, ...target.env };
      const killedAt = await killOnceAt(new ChildProcessRun(builtEntry('register-cli'), ['import', file], env), store, Math.floor(expected.length / 2));
      expect((await registerEvents(store)).length).toBeLessThan(expected.length);

      const resumed = await runToEnd(builtEntry('register-cli'), ['import', file], env, 120_000);
      expect(resumed).toMatchObject({ code: 0, stderr: '' });
      expect(resumed.stdout).toMatch(/^Imported \d+ rows \(\d+ writes\): [1-9]\d* written, [1-9]\d* already in the register; /);
      expect(await store.headPosition()).toBeGreaterThan(killedAt);
      expect(await registerEvents(store)).toEqual(expected);
    } finally {
      await store.close();
      await target.dispose();
      await removeTempDir(dir);
    }
  }, 300_000);
});

/** The register's events after the same workbook is imported in one go into an empty register. */
async function uninterruptedImport(backend: Backend, bytes: Uint8Array): Promise<Awaited<ReturnType<typeof registerEvents>>> {
  const reference = await openRegister(backend);
  try {
    expect((await importWorkbook(reference, await readWorkbookFiles([{ name: 'register.xlsx', bytes }]))).problems).toEqual([]);
    return await registerEvents(reference.app.get<EventStore>(EVENT_STORE));
  } finally {
    await reference.close();
  }
}
