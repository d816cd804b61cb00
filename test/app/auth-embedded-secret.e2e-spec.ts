import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import request from 'supertest';
import type { CliIo } from '../../apps/register-cli/src/cli-command';
import { dispatch } from '../../apps/register-cli/src/cli-dispatcher';
import { tokenCommand } from '../../apps/register-cli/src/commands/token.command';
import { bearerFor, createAuthProbeApp, PROBE_PATH } from './support/auth-probe-app';
import { builtEntry } from './support/built-entry';
import { childEnv, runToEnd } from './support/child-process-run';
import { createTestApp, makeTempDir, removeTempDir } from './support/test-app';

// REGISTER_JWT_SECRET='' counts as unset, overriding the secret test apps get by default.
const NO_SECRET = { REGISTER_JWT_SECRET: '' };

async function cliToken(dataDir: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { env: { REGISTER_DATA_DIR: dataDir }, cwd: dataDir, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const status = await dispatch(['token', ...args], [tokenCommand], io);
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('the embedded default without a configured secret', () => {
  let dataDir: string;
  let app: RegisterApplication | undefined;
  let logs: jest.SpyInstance;

  beforeEach(async () => {
    dataDir = await makeTempDir('auth-embedded');
    logs = jest.spyOn(Logger.prototype, 'log');
  });

  afterEach(async () => {
    logs.mockRestore();
    await app?.close();
    app = undefined;
    await removeTempDir(dataDir);
  });

  function whoami(token: string) {
    if (!app) throw new Error('start the app first');
    return request(app.getHttpServer()).get(`${PROBE_PATH}/whoami`).set('Authorization', token);
  }

  it('generates <data dir>/jwt-secret with mode 0600 and says how to get a token', async () => {
    app = await createAuthProbeApp({ ...NO_SECRET, REGISTER_DATA_DIR: dataDir });
    const file = join(dataDir, 'jwt-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(logs).toHaveBeenCalledWith(
      `Generated the token secret in ${file} (set REGISTER_JWT_SECRET to use your own); ` +
        'get a token with: npm run cli -- token --role registrar --sub <name>',
    );
  });

  it('accepts what `npm run cli -- token` prints, and nothing signed with another secret', async () => {
    app = await createAuthProbeApp({ ...NO_SECRET, REGISTER_DATA_DIR: dataDir });
    const minted = await cliToken(dataDir, ['--role', 'registrar', '--sub', 'alice']);
    expect(minted.status).toBe(0);
    const accepted = await whoami(`Bearer ${minted.stdout.trim()}`);
    const foreign = await whoami(await bearerFor({ sub: 'e2e-user', roles: ['registrar'] }));
    expect([accepted.status, accepted.body.sub, foreign.status]).toEqual([200, 'alice', 401]);
  });

  it('keeps the secret across a restart, so tokens minted before still work', async () => {
    const minted = await cliToken(dataDir, ['--role', 'reader', '--sub', 'bob']);
    app = await createAuthProbeApp({ ...NO_SECRET, REGISTER_DATA_DIR: dataDir });
    await app.close();
    app = await createAuthProbeApp({ ...NO_SECRET, REGISTER_DATA_DIR: dataDir });
    expect((await whoami(`Bearer ${minted.stdout.trim()}`)).status).toBe(200);
    expect(logs).toHaveBeenCalledWith(expect.stringMatching(/^Using the token secret in .*jwt-secret/));
  });

  it('refuses to start on PostgreSQL with neither a secret nor an issuer, naming both variables', async () => {
    const env = { ...NO_SECRET, REGISTER_STORE: 'postgres', DATABASE_URL: 'postgres://127.0.0.1:1/none' };
    await expect(createTestApp(env)).rejects.toThrow(
      'Invalid configuration: REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER is required when REGISTER_STORE is postgres',
    );
  });

  describe('built (node dist/apps/register-cli/src/main.js token)', () => {
    it('prints a token the service accepts for the given roles and municipalities', async () => {
      app = await createAuthProbeApp({ ...NO_SECRET, REGISTER_DATA_DIR: dataDir });
      const args = ['token', '--role', 'auditor', '--municipality', 'GM0981', '--sub', 'rekenkamer', '--expires-in', '1h'];
      const result = await runToEnd(builtEntry('register-cli'), args, childEnv({ REGISTER_DATA_DIR: dataDir }));
      expect([result.code, result.stderr]).toEqual([0, '']);
      const response = await whoami(`Bearer ${result.stdout.trim()}`);
      expect(response.body).toEqual({ sub: 'rekenkamer', roles: ['auditor'], municipalities: ['GM0981'] });
    });

    it('exits 2 for an auditor without a municipality', async () => {
      const args = ['token', '--role', 'auditor', '--sub', 'rekenkamer'];
      const result = await runToEnd(builtEntry('register-cli'), args, childEnv({ REGISTER_DATA_DIR: dataDir }));
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toContain('An auditor sees only their municipalities: give at least one --municipality');
    });
  });
});
