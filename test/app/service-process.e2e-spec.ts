import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE_NAME } from '../../apps/register/src/auth/generated-jwt-secret';
import { SQLITE_FILE_NAME } from '../../apps/register/src/config/register-config';
import { builtEntry } from './support/built-entry';
import { logLines, waitUntilHealthy } from './support/built-service';
import { ChildProcessRun, childEnv, runToEnd } from './support/child-process-run';
import { freePort } from './support/free-port';
import { makeTempDir, removeTempDir } from './support/test-app';
import { bearer, TEST_SUBJECTS } from './support/test-token';

describe('the built service (node dist/apps/register/src/main.js)', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('service');
  });

  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('starts on SQLite, answers, and on SIGTERM closes and exits 0 with a JSON log line per event, each with a correlation id', async () => {
    const port = await freePort();
    const run = new ChildProcessRun(builtEntry('register'), [], childEnv({ PORT: String(port), REGISTER_DATA_DIR: dataDir }));
    try {
      await waitUntilHealthy(port, run);
      const health = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'X-Correlation-Id': 'probe-7' } });
      expect([health.status, await health.json(), health.headers.get('x-correlation-id')]).toEqual([200, { status: 'ok' }, 'probe-7']);
      const missing = await fetch(`http://127.0.0.1:${port}/api/v1/no-such-route`, { headers: { 'X-Correlation-Id': 'lost-7' } });
      expect(missing.status).toBe(404);
      // A mandate is read in a snapshot, on a read-only connection of its own beside the service's.
      const secret = (await readFile(join(dataDir, JWT_SECRET_FILE_NAME), 'utf8')).trim();
      const unknown = await fetch(`http://127.0.0.1:${port}/api/v1/mandates/mandate-none`, { headers: { authorization: await bearer(TEST_SUBJECTS.reader, secret) } });
      expect(unknown.status).toBe(404);
      // It listens on every address, as Node's listen(port) does, not on localhost alone: other machines reach it.
      const external = Object.values(networkInterfaces())
        .flat()
        .find((address) => address !== undefined && !address.internal && address.family === 'IPv4');
      expect(external).toBeDefined();
      expect((await fetch(`http://${external!.address}:${port}/health`)).status).toBe(200);
    } finally {
      run.kill('SIGTERM');
    }
    const started = Date.now();
    await expect(run.exitWithin(5_000)).resolves.toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    // Every connection closed, the last one folded the write-ahead log into the file: a copy of the file is the whole register.
    expect(existsSync(join(dataDir, `${SQLITE_FILE_NAME}-wal`))).toBe(false);

    const lines = logLines(run.stdout);
    expect(run.stderr).toBe('');
    expect(lines.every((line) => typeof line.correlationId === 'string' && line.correlationId.length > 0)).toBe(true);
    const listening = lines.find((line) => line.msg.startsWith(`Listening on port ${port}`));
    const closed = lines.find((line) => line.msg === 'Event store closed after SIGTERM');
    const notFound = lines.find((line) => line.correlationId === 'lost-7');
    // Boot and shutdown happen outside any request: both carry the one process-level id.
    expect(listening?.correlationId).toBeDefined();
    expect(closed?.correlationId).toBe(listening?.correlationId);
    // A request's line carries the id the client sent, at warn level (40) for a 4xx.
    expect(notFound).toMatchObject({ level: 40, msg: 'request completed' });
    // A healthy probe is not worth a line.
    expect(lines.some((line) => line.correlationId === 'probe-7')).toBe(false);
  }, 30_000);

  it('refuses to start on REGISTER_STORE=mysql, naming the variable and the allowed values', async () => {
    const port = await freePort();
    const result = await runToEnd(
      builtEntry('register'),
      [],
      childEnv({ PORT: String(port), REGISTER_DATA_DIR: dataDir, REGISTER_STORE: 'mysql' }),
    );
    expect(result.code).toBe(1);
    const fatal = logLines(result.stdout).find((line) => line.level === 60);
    expect(fatal?.msg).toBe('Invalid configuration: REGISTER_STORE must be one of sqlite, postgres, eventstoredb; got "mysql"');
    expect(fatal?.correlationId).toEqual(expect.any(String));
    // It stopped before listening: nothing answers on the port.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 20_000);
});
