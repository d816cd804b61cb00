import { join } from 'node:path';
import { openEventStore } from '@register/event-store';
import { Projector } from '@register/projections';
import type { CliIo } from '../../apps/register-cli/src/cli-command';
import { dispatch } from '../../apps/register-cli/src/cli-dispatcher';
import { demoCommand } from '../../apps/register-cli/src/commands/demo.command';
import { headCommand } from '../../apps/register-cli/src/commands/head.command';
import { DemoLoader } from '../../apps/register/src/demo/demo-loader';
import { szmhDemoSteps } from '../../apps/register/src/demo/szmh-demo.data';
import { RegisterClient } from './support/register-client';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';
import { TEST_JWT_SECRET } from './support/test-token';

const STEPS = szmhDemoSteps().length;

async function cli(command: string[], dataDir: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const env = { REGISTER_DATA_DIR: dataDir, REGISTER_JWT_SECRET: TEST_JWT_SECRET };
  const io: CliIo = { env, cwd: dataDir, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
  const status = await dispatch(command, [demoCommand, headCommand], io);
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

async function head(dataDir: string): Promise<number> {
  return Number((await cli(['head'], dataDir)).stdout);
}

describe('register-cli demo', () => {
  const dirs: string[] = [];
  const freshDir = async (): Promise<string> => {
    const dir = await makeTempDir('cli-demo');
    dirs.push(dir);
    return dir;
  };

  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => removeTempDir(dir)));
  });

  it('loads the demo into an empty register with exit status 0; run again, it exits 0, says so and writes nothing', async () => {
    const dataDir = await freshDir();
    const first = await cli(['demo'], dataDir);
    const loadedHead = await head(dataDir);
    expect(first).toEqual({ status: 0, stdout: expect.stringMatching(new RegExp(`^Loaded the SZMH demo: ${STEPS} writes; the log now ends at position ${loadedHead}\\.`)), stderr: '' });
    expect(first.stdout).toContain('(voorbeeld)');
    await expect(cli(['demo'], dataDir)).resolves.toEqual({ status: 0, stdout: `The SZMH demo is already loaded (${STEPS} writes); nothing changed.\n`, stderr: '' });
    await expect(head(dataDir)).resolves.toBe(loadedHead);
  }, 60_000);

  it('refuses with exit status 1 a register that holds other data, and writes nothing', async () => {
    const dataDir = await freshDir();
    const store = await openEventStore({ kind: 'sqlite', file: join(dataDir, 'register.sqlite') });
    await store.appendToStream('probe-demo', [{ eventId: 'probe-demo-1', type: 'ProbeRecorded', data: {} }]).finally(() => store.close());
    await expect(cli(['demo'], dataDir)).resolves.toEqual({
      status: 1,
      stdout: '',
      stderr: expect.stringContaining('Not loading the SZMH demo: the register already holds other data (its log ends at position 1)'),
    });
    await expect(head(dataDir)).resolves.toBe(1);
  }, 60_000);

  it('answers an argument with exit status 2 and its usage, without opening the store', async () => {
    const dataDir = await freshDir();
    await expect(cli(['demo', '--force'], dataDir)).resolves.toEqual({
      status: 2,
      stdout: '',
      stderr: 'demo takes no arguments; got --force\nUsage: npm run cli -- demo\n',
    });
    await expect(head(dataDir)).resolves.toBe(0);
  });

  it('completes a run that stopped half-way: only the missing writes, and the log ends where an uninterrupted load ends', async () => {
    const stopAt = 40;
    const interrupted = await freshDir();
    const app = await createTestApp({ REGISTER_DATA_DIR: interrupted });
    const projector = app.get(Projector);
    const waitUntilProjected = projector.waitUntilProjected.bind(projector);
    let waits = 0;
    // The 41st step writes its events, then its wait for the read side gives up, as if the process died there.
    jest.spyOn(projector, 'waitUntilProjected').mockImplementation((position, ms) => (++waits > stopAt ? Promise.resolve(false) : waitUntilProjected(position, ms)));
    const stoppedStep = szmhDemoSteps()[stopAt].key;
    await expect(DemoLoader.from(app).load()).rejects.toThrow(`demo step ${stoppedStep}: the read side did not reach position`);
    await app.close();

    const resumed = await cli(['demo'], interrupted);
    expect([resumed.status, resumed.stderr]).toEqual([0, '']);
    expect(resumed.stdout).toMatch(new RegExp(`^Completed the SZMH demo: ${STEPS - stopAt} missing writes recorded, ${stopAt} were loaded before;`));
    const uninterrupted = await freshDir();
    await expect(cli(['demo'], uninterrupted)).resolves.toMatchObject({ status: 0 });
    await expect(head(interrupted)).resolves.toBe(await head(uninterrupted));
  }, 90_000);

  it('loads beside a running service on the same store, whose projector folds the writes for it', async () => {
    const dataDir = await freshDir();
    const app = await createTestApp({ REGISTER_DATA_DIR: dataDir });
    try {
      await expect(cli(['demo'], dataDir)).resolves.toMatchObject({ status: 0, stdout: expect.stringMatching(/^Loaded the SZMH demo/) });
      const client = await RegisterClient.for(app.getHttpServer());
      const participants = await client.get('/participants', { as: 'reader' });
      expect(participants.body).toHaveLength(6);
    } finally {
      await app.close();
    }
  }, 60_000);
});
