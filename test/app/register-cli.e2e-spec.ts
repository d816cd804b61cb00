import { join } from 'node:path';
import { openEventStore } from '@register/event-store';
import type { CliIo } from '../../apps/register-cli/src/cli-command';
import { dispatch } from '../../apps/register-cli/src/cli-dispatcher';
import { headCommand } from '../../apps/register-cli/src/commands/head.command';
import { builtEntry } from './support/built-entry';
import { childEnv, runToEnd } from './support/child-process-run';
import { makeTempDir, removeTempDir } from './support/test-app';

async function storeEvents(dataDir: string, count: number): Promise<void> {
  const store = await openEventStore({ kind: 'sqlite', file: join(dataDir, 'register.sqlite') });
  try {
    const events = Array.from({ length: count }, (_, n) => ({ eventId: `cli-e2e-${n}`, type: 'ProbeRecorded', data: { n } }));
    await store.appendToStream('probe-cli', events);
  } finally {
    await store.close();
  }
}

describe('register-cli head', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('cli');
  });

  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  async function head(env: Record<string, string>) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = { env, cwd: dataDir, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
    const status = await dispatch(['head'], [headCommand], io);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  it('prints 0 for a store that holds nothing yet', async () => {
    await expect(head({ REGISTER_DATA_DIR: dataDir })).resolves.toEqual({ status: 0, stdout: '0\n', stderr: '' });
  });

  it('prints the position of the last of the 3 events stored (positions start at 1)', async () => {
    await storeEvents(dataDir, 3);
    await expect(head({ REGISTER_DATA_DIR: dataDir })).resolves.toEqual({ status: 0, stdout: '3\n', stderr: '' });
  });

  it('refuses the configuration the service refuses, with the same message', async () => {
    const result = await head({ REGISTER_DATA_DIR: dataDir, REGISTER_STORE: 'mysql' });
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: 'head failed: Invalid configuration: REGISTER_STORE must be one of sqlite, postgres, eventstoredb; got "mysql"\n',
    });
  });

  describe('built (node dist/apps/register-cli/src/main.js)', () => {
    it('prints the head position of the configured store and exits 0', async () => {
      await storeEvents(dataDir, 2);
      const result = await runToEnd(builtEntry('register-cli'), ['head'], childEnv({ REGISTER_DATA_DIR: dataDir }));
      expect(result).toEqual({ code: 0, signal: null, stdout: '2\n', stderr: '' });
    });

    it('lists its commands on --help', async () => {
      const result = await runToEnd(builtEntry('register-cli'), ['--help'], childEnv({}));
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^ {2}head +Print the global position/m);
      expect(result.stdout).toMatch(/^ {2}token +Print a signed bearer token/m);
    });

    it('exits 2 with the usage on an unknown command', async () => {
      const result = await runToEnd(builtEntry('register-cli'), ['frobnicate'], childEnv({}));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Unknown command "frobnicate"');
      expect(result.stderr).toContain('Usage: npm run cli -- <command>');
    });
  });
});
