import { request as httpRequest } from 'node:http';
import { builtEntry } from './support/built-entry';
import { logLines, waitUntilHealthy } from './support/built-service';
import { ChildProcessRun, childEnv } from './support/child-process-run';
import { freePort } from './support/free-port';
import { makeTempDir, removeTempDir } from './support/test-app';
import { bearer, TEST_JWT_SECRET, TEST_SUBJECTS } from './support/test-token';
import { pollUntil } from './support/poll-until';

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * One request on a connection of its own (`agent: false`): the primary hands
 * each new connection to the next process, so a series of these reaches all
 * of them, where a kept-alive connection would stay with one.
 */
function onNewConnection(port: number, method: 'GET' | 'POST', path: string, authorization: string, body?: object): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = { authorization, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) };
    const call = httpRequest({ host: '127.0.0.1', port, method, path, agent: false, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) }));
    });
    call.on('error', reject);
    call.end(payload);
  });
}

/** Both processes listen: the first answers health before the second has started. */
async function waitUntilBothListen(run: ChildProcessRun, ms = 20_000): Promise<void> {
  const listening = () => logLines(run.stdout).some((line) => line.msg.startsWith('HTTP process 2 of 2: Listening'));
  await pollUntil(async () => (listening() ? true : undefined), ms, () => `the second process did not listen within ${ms} ms; output:\n${run.stdout}${run.stderr}`);
}

describe('the built service with REGISTER_HTTP_PROCESSES=2', () => {
  let dataDir: string;
  let port: number;
  let run: ChildProcessRun;

  beforeEach(async () => {
    dataDir = await makeTempDir('http-processes');
    port = await freePort();
    run = new ChildProcessRun(
      builtEntry('register'),
      [],
      childEnv({ PORT: String(port), REGISTER_DATA_DIR: dataDir, REGISTER_JWT_SECRET: TEST_JWT_SECRET, REGISTER_HTTP_PROCESSES: '2' }),
    );
    await waitUntilHealthy(port, run);
    await waitUntilBothListen(run);
    // Two processes boot one after the other; on a busy machine that takes longer than Jest's 5 s for a hook.
  }, 60_000);

  afterEach(async () => {
    run.kill('SIGKILL');
    await run.exited;
    await removeTempDir(dataDir);
  });

  it('answers from both processes, shows each write to the next read whichever process serves it, and exits 0 on SIGTERM', async () => {
    const registrar = await bearer(TEST_SUBJECTS.registrar);
    const reader = await bearer(TEST_SUBJECTS.reader);
    for (let n = 0; n < 6; n += 1) {
      const municipality = `GM00${10 + n}`;
      const written = await onNewConnection(port, 'POST', '/api/v1/participants', registrar, { municipality, name: `Gemeente ${n}`, joinedOn: '2015-01-01' });
      expect(written.status).toBe(201);
      const read = await onNewConnection(port, 'GET', '/api/v1/participants', reader);
      expect(read.body).toEqual(expect.arrayContaining([expect.objectContaining({ municipality })]));
    }
    run.kill('SIGTERM');
    await expect(run.exitWithin(10_000)).resolves.toEqual({ code: 0, signal: null });

    const lines = logLines(run.stdout);
    expect(lines.filter((line) => /^HTTP process [12] of 2: Listening on port/.test(line.msg))).toHaveLength(2);
    // The primary deals connections out in turn: with a POST and a GET each time, one process often takes every write and the other every read.
    const answering = new Set(lines.filter((line) => line.msg === 'request completed').map((line) => line.pid));
    expect(answering.size).toBe(2);
    expect(lines.filter((line) => line.msg === 'Event store closed after SIGTERM')).toHaveLength(2);
  }, 40_000);

  it('stops the other process and exits 1 when one of them dies, so a supervisor restarts the service', async () => {
    const listening = logLines(run.stdout).find((line) => line.msg.startsWith('HTTP process 2 of 2: Listening'));
    expect(listening).toBeDefined();
    process.kill(listening!.pid, 'SIGKILL');
    await expect(run.exitWithin(10_000)).resolves.toEqual({ code: 1, signal: null });
    const fatal = logLines(run.stdout).find((line) => line.level === 60);
    expect(fatal?.msg).toBe('HTTP process 2 exited with SIGKILL; stopping the others');
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 30_000);
});
