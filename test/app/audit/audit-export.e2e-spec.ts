import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredEvent } from '@register/event-store';
import type { NoteSigner } from '@register/verifiable-log';
import { unzipSync, zipSync } from 'fflate';
import request from 'supertest';
import { LOG_SIGNER } from '../../../apps/register/src/audit/log-signing/log-signing.module';
import { DemoLoader } from '../../../apps/register/src/demo/demo-loader';
import { builtEntry } from '../support/built-entry';
import { childEnv, runToEnd } from '../support/child-process-run';
import { API } from '../support/register-client';
import { makeTempDir, removeTempDir } from '../support/test-app';
import { STORE_BACKENDS, type TestStorage } from '../support/store-backends';
import { signTestToken, TEST_SUBJECTS } from '../support/test-token';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';

const VAALS = 'GM0981';
const MEERSSEN = 'GM0938';
/** A period that holds every event the test writes, whatever day it runs: from long before to a year after. */
const PERIOD = `from=2020-01-01&until=${new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)}`;

const concerns = (event: { metadata: Record<string, unknown> }, code: string) => (event.metadata.municipalities as string[] | undefined)?.includes(code) ?? false;

describe.each(STORE_BACKENDS)('the audit bundle of the SZMH demo on $name', (backend) => {
  let storage: TestStorage;
  let app: RegisterApplication;
  let dir: string;
  let vaalsZip: Buffer;
  /** A configuration no store could open, and no data folder: the verifier opens no database. */
  let offline: NodeJS.ProcessEnv;

  const exportAs = async (role: keyof typeof TEST_SUBJECTS, query: string) =>
    request(app.getHttpServer()).get(`${API}/audit/export?${query}`).set('Authorization', `Bearer ${await signTestToken(TEST_SUBJECTS[role])}`).buffer(true).parse(binary);
  const verify = (...args: string[]) => runToEnd(builtEntry('register-cli'), ['verify', ...args], offline);

  beforeAll(async () => {
    storage = await backend.createStorage();
    app = await storage.open();
    await DemoLoader.from(app).load();
    dir = await makeTempDir('audit-export');
    offline = childEnv({ REGISTER_STORE: 'postgres', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REGISTER_DATA_DIR: join(dir, 'no-data') });
    // With a consistency proof from the tree the Vaals auditor kept the checkpoint of, earlier in the demo.
    const [kept] = await app.get<DataSource>(REGISTER_DATA_SOURCE).query('SELECT note FROM log_checkpoints WHERE tree_size = 5');
    await writeFile(join(dir, 'kept-checkpoint.txt'), kept.note);
    const response = await exportAs('auditor', `municipality=${VAALS}&${PERIOD}&since=5`);
    expect([response.status, response.headers['content-type']]).toEqual([200, 'application/zip']);
    vaalsZip = response.body as Buffer;
    await writeFile(join(dir, 'vaals.zip'), vaalsZip);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await storage?.dispose();
    await removeTempDir(dir);
  }, 60_000);

  it('holds exactly the events that concern Vaals, none that concerns only Meerssen, each in canonical form', async () => {
    const stored = await app.get<EventStore>(EVENT_STORE).readAll();
    const lines = Buffer.from(unzipSync(vaalsZip)['events.ndjson']).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as StoredEvent);
    expect(lines.map((event) => event.position)).toEqual(stored.filter((event) => concerns(event, VAALS)).map((event) => event.position));
    expect(lines.filter((event) => concerns(event, MEERSSEN) && !concerns(event, VAALS))).toEqual([]);
    expect(stored.some((event) => concerns(event, MEERSSEN) && !concerns(event, VAALS))).toBe(true);
  });

  it('verifies with the built CLI in a process without a database, against the key the register signs with', async () => {
    const key = app.get<NoteSigner>(LOG_SIGNER).verifier.encoded;
    const result = await verify(join(dir, 'vaals.zip'), '--key', key, '--since', join(dir, 'kept-checkpoint.txt'));
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(new RegExp(`^OK .*vaals.zip\\n  ${VAALS}: \\d+ events recorded 2020-01-01 through `));
    expect(result.stdout).toContain('(5 events) is a prefix of this one');
  });

  it('fails naming the file and the check when one byte of any file is changed', async () => {
    const files = unzipSync(vaalsZip);
    for (const name of Object.keys(files)) {
      const changed = Buffer.from(files[name]);
      changed[Math.floor(changed.length / 2)] ^= 0x01;
      await writeFile(join(dir, 'changed.zip'), zipSync({ ...files, [name]: changed }));
      const result = await verify(join(dir, 'changed.zip'));
      expect([name, result.code]).toEqual([name, 1]);
      const named = name === 'manifest.json' ? /^ {2}manifest\.(json|sig): [a-z0-9 ]+: /m : new RegExp(`^  ${name.replace('.', '\\.')}: [a-z0-9 ]+: `, 'm');
      expect(result.stderr).toMatch(named);
    }
  }, 120_000);

  it('answers the Vaals auditor 404 for Meerssen, as for anything out of scope, and a reader 404 for Vaals too', async () => {
    const meerssen = await exportAs('auditor', `municipality=${MEERSSEN}&${PERIOD}`);
    const reader = await exportAs('reader', `municipality=${VAALS}&${PERIOD}`);
    const registrar = await exportAs('registrar', `municipality=${MEERSSEN}&${PERIOD}`);
    expect([meerssen.status, reader.status, registrar.status]).toEqual([404, 404, 200]);
    expect(JSON.parse(meerssen.body.toString('utf8'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('holds the mandates, documents and registers of Vaals as the API shows them to its auditor', async () => {
    const files = unzipSync(vaalsZip);
    const json = (name: string) => JSON.parse(Buffer.from(files[name]).toString('utf8'));
    const mandates = json('mandates.json') as { id: string; municipalities: string[] }[];
    expect(mandates.map((mandate) => mandate.id)).toContain('mandate-gm0981-2026');
    expect(mandates.every((mandate) => JSON.stringify(mandate).includes(VAALS))).toBe(true);
    expect(json('registers.json')['college:GM0981'].granted.entries.map((entry: { mandateId: string }) => entry.mandateId)).toContain('mandate-gm0981-2026');
    expect((json('documents.json') as { concerns: string[] }[]).every((document) => document.concerns.includes(VAALS))).toBe(true);
  });

  it('refuses a period that ends before it starts, naming until', async () => {
    const response = await exportAs('registrar', `municipality=${VAALS}&from=2026-02-01&until=2026-01-31`);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString('utf8')).errors).toEqual([{ field: 'until', message: 'must not lie before from (2026-02-01)' }]);
  });
});

/** supertest's parser for a body kept as bytes (its response is the Node stream it reads). */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
