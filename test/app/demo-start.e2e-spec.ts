import { join } from 'node:path';
import { openEventStore } from '@register/event-store';
import { szmhDemoSteps } from '../../apps/register/src/demo/szmh-demo.data';
import { builtEntry } from './support/built-entry';
import { logLines, waitUntilHealthy } from './support/built-service';
import { ChildProcessRun, childEnv, runToEnd } from './support/child-process-run';
import { freePort } from './support/free-port';
import { makeTempDir, removeTempDir } from './support/test-app';
import { signTestToken, TEST_JWT_SECRET, TEST_SUBJECTS } from './support/test-token';

/** The built service (`npm start` runs it) on `dataDir`, healthy, asked for the participants, then stopped with SIGTERM. */
async function startAndListParticipants(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const port = await freePort();
  const run = new ChildProcessRun(builtEntry('register'), args, childEnv({ PORT: String(port), REGISTER_DATA_DIR: dataDir, REGISTER_JWT_SECRET: TEST_JWT_SECRET, ...env }));
  try {
    await waitUntilHealthy(port, run);
    const token = await signTestToken(TEST_SUBJECTS.reader);
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/participants`, { headers: { authorization: `Bearer ${token}` } });
    return { participants: (await response.json()) as unknown[], run };
  } finally {
    run.kill('SIGTERM');
    await run.exitWithin(10_000);
  }
}

const demoLines = (run: ChildProcessRun) => logLines(run.stdout).filter((line) => line.context === 'Demo');

describe('the built service started with the demo (npm start -- --demo, REGISTER_DEMO=true)', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('demo-start');
  });

  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('loads the demo before it listens on --demo, and on a restart with REGISTER_DEMO=true finds it loaded and adds nothing', async () => {
    const first = await startAndListParticipants(dataDir, ['--demo']);
    expect(first.participants).toHaveLength(6);
    const messages = logLines(first.run.stdout).map((line) => line.msg);
    const loaded = messages.findIndex((msg) => msg.startsWith('Loaded the SZMH demo'));
    expect(loaded).toBeGreaterThan(-1);
    expect(loaded).toBeLessThan(messages.findIndex((msg) => msg.startsWith('Listening on port')));

    const second = await startAndListParticipants(dataDir, [], { REGISTER_DEMO: 'true' });
    expect(second.participants).toHaveLength(6);
    expect(demoLines(second.run).map((line) => [line.level, line.msg])).toEqual([[30, `The SZMH demo is already loaded (${szmhDemoSteps().length} writes); nothing changed.`]]);
  }, 60_000);

  it('starts without the demo, with a warning, on a register that holds other data', async () => {
    const store = await openEventStore({ kind: 'sqlite', file: join(dataDir, 'register.sqlite') });
    await store.appendToStream('probe-demo', [{ eventId: 'probe-demo-start', type: 'ProbeRecorded', data: {} }]).finally(() => store.close());
    const { participants, run } = await startAndListParticipants(dataDir, ['--demo']);
    expect(participants).toEqual([]);
    expect(demoLines(run).map((line) => line.level)).toEqual([40]);
    expect(demoLines(run)[0].msg).toMatch(/^Not loading the SZMH demo: the register already holds other data/);
  }, 60_000);

  it.each([
    ['REGISTER_DEMO=yes', [], { REGISTER_DEMO: 'yes' }, 'Invalid configuration: REGISTER_DEMO must be true or false; got "yes"'],
    ['an unknown argument', ['--dmeo'], {}, 'Invalid configuration: Unknown argument "--dmeo"; the service accepts only --demo'],
  ])('refuses to start on %s with exit status 1, naming what is wrong', async (_, args, env, message) => {
    const port = await freePort();
    const result = await runToEnd(builtEntry('register'), args, childEnv({ PORT: String(port), REGISTER_DATA_DIR: dataDir, ...env }));
    expect(result.code).toBe(1);
    expect(logLines(result.stdout).find((line) => line.level === 60)?.msg).toBe(message);
  }, 20_000);
});
