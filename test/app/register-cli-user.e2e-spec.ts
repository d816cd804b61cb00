import { builtEntry } from './support/built-entry';
import { childEnv, runToEnd, runWithInput } from './support/child-process-run';
import { makeTempDir, removeTempDir } from './support/test-app';

describe('npm run cli -- user (the local accounts of the pages)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  const cli = (args: string[], input = '') => runWithInput(builtEntry('register-cli'), args, env, input);

  beforeEach(async () => {
    dataDir = await makeTempDir('cli-user');
    env = childEnv({ REGISTER_DATA_DIR: dataDir });
  });

  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('adds accounts with a password from standard input, lists them, and disables one for good', async () => {
    const added = await cli(['user', 'add', 'rekenkamer-vaals', '--role', 'auditor', '--municipality', 'GM0981', '--password-stdin'], 'rekenkamer-vaals-2026\n');
    expect([added.code, added.stdout]).toEqual([0, 'Added rekenkamer-vaals: auditor for GM0981\n']);
    await cli(['user', 'add', 'jurist', '--role', 'reader', '--role', 'registrar', '--password-stdin'], 'juridische-zaken-2026');
    const disabled = await cli(['user', 'disable', 'jurist']);
    expect([disabled.code, disabled.stdout]).toEqual([0, 'Disabled jurist; ended 0 session(s)\n']);
    const listed = await runToEnd(builtEntry('register-cli'), ['user', 'list'], env);
    expect(listed.stdout).toMatch(/^jurist: registrar, reader \(disabled since \d{4}-\d{2}-\d{2}T[\d:.]+Z\)\nrekenkamer-vaals: auditor for GM0981\n$/);
    // A name stays with what it recorded: a disabled account's name is not given out again.
    const again = await cli(['user', 'add', 'jurist', '--role', 'reader', '--password-stdin'], 'another-password-2026');
    expect([again.code, again.stderr]).toEqual([1, 'user failed: An account named jurist exists already\n']);
  }, 60_000);

  it('refuses, with exit status 2 and nothing stored, a short password, an unknown role and an auditor without municipality', async () => {
    const short = await cli(['user', 'add', 'jurist', '--role', 'reader', '--password-stdin'], 'kort\n');
    expect([short.code, short.stderr.split('\n')[0]]).toEqual([2, 'The password must have at least 12 characters']);
    const role = await cli(['user', 'add', 'jurist', '--role', 'admin', '--password-stdin'], 'juridische-zaken-2026');
    expect([role.code, role.stderr.split('\n')[0]]).toEqual([2, 'Unknown role "admin"; roles are registrar, publication-officer, auditor, reader']);
    const auditor = await cli(['user', 'add', 'rk', '--role', 'auditor', '--password-stdin'], 'juridische-zaken-2026');
    expect(auditor.code).toBe(2);
    const noTerminal = await runToEnd(builtEntry('register-cli'), ['user', 'add', 'jurist', '--role', 'reader'], env);
    expect([noTerminal.code, noTerminal.stderr.split('\n')[0]]).toEqual([2, 'Not a terminal: give the password on standard input with --password-stdin']);
    expect((await runToEnd(builtEntry('register-cli'), ['user', 'list'], env)).stdout).toBe('');
  }, 60_000);

  it('says so when the account to disable does not exist', async () => {
    const missing = await cli(['user', 'disable', 'nobody']);
    expect([missing.code, missing.stderr]).toEqual([1, 'There is no account named nobody\n']);
  }, 20_000);
});
