import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../../apps/register-cli/src/cli-command';
import { dispatch } from '../../apps/register-cli/src/cli-dispatcher';
import { migrateCommand } from '../../apps/register-cli/src/commands/migrate.command';
import type { DataSource } from 'typeorm';
import { SQLITE_FILE_NAME } from '../../apps/register/src/config/register-config';
import { REGISTER_DATA_SOURCE } from '../../apps/register/src/event-store/register-data-source';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';
import { TEST_JWT_SECRET } from './support/test-token';

import { registerSchema } from '../../apps/register/src/event-store/register-schema';

/** Every migration of the register, in the order they run: a file made by 88125d7 has none of them recorded. */
const MIGRATIONS = registerSchema('sqlite').migrations.map((migration) => (migration as { name: string }).name);
const FIRST_MIGRATIONS = MIGRATIONS.join(', ');

async function migrate(env: Record<string, string>, ...args: string[]) {
  const [out, err]: [string[], string[]] = [[], []];
  const io: CliIo = { env: { ...env, REGISTER_JWT_SECRET: TEST_JWT_SECRET }, cwd: process.cwd(), out: (text) => out.push(text), err: (text) => err.push(text) };
  const status = await dispatch(['migrate', ...args], [migrateCommand], io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('register-cli migrate', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('cli-migrate');
  });

  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('lists, then runs, the migrations a register made by release 88125d7 lacks; the service then starts with nothing left to run', async () => {
    await copyFile(join(__dirname, 'upgrade/previous-release/register.sqlite'), join(dataDir, SQLITE_FILE_NAME));
    const env = { REGISTER_DATA_DIR: dataDir };
    await expect(migrate(env, '--dry-run')).resolves.toEqual({ status: 0, stdout: `Pending: ${FIRST_MIGRATIONS}\n`, stderr: '' });
    await expect(migrate(env)).resolves.toEqual({ status: 0, stdout: `Ran ${MIGRATIONS.length} migration(s): ${FIRST_MIGRATIONS}\n`, stderr: '' });
    await expect(migrate(env)).resolves.toEqual({ status: 0, stdout: 'The schema is up to date: no migration was pending\n', stderr: '' });
    await expect(migrate(env, '--dry-run')).resolves.toEqual({ status: 0, stdout: 'The schema is up to date: no migration is pending\n', stderr: '' });
    const app = await createTestApp(env);
    try {
      const recorded: { name: string }[] = await app.get<DataSource>(REGISTER_DATA_SOURCE).query('SELECT name FROM migrations ORDER BY id');
      expect(recorded.map((row) => row.name).join(', ')).toBe(FIRST_MIGRATIONS);
    } finally {
      await app.close();
    }
  });

  it('creates the schema of an empty data folder, and refuses arguments it does not know without touching anything', async () => {
    const env = { REGISTER_DATA_DIR: join(dataDir, 'not-yet-there') };
    await expect(migrate(env, '--force')).resolves.toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('migrate takes only --dry-run; got --force') });
    await expect(migrate(env)).resolves.toEqual({ status: 0, stdout: `Ran ${MIGRATIONS.length} migration(s): ${FIRST_MIGRATIONS}\n`, stderr: '' });
  });
});
