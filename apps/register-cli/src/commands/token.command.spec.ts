import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { readOrCreateJwtSecret } from '../../../register/src/auth/generated-jwt-secret';
import { SecretTokenVerifier } from '../../../register/src/auth/secret-token.verifier';
import type { CliIo } from '../cli-command';
import { dispatch } from '../cli-dispatcher';
import { tokenCommand } from './token.command';

const SECRET = 'cli-spec-secret-of-at-least-32-chars';

describe('register-cli token', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'register-cli-token-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function token(args: string[], env: Record<string, string> = { REGISTER_JWT_SECRET: SECRET }) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = { env: { REGISTER_DATA_DIR: dataDir, ...env }, cwd: dataDir, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
    const status = await dispatch(['token', ...args], [tokenCommand], io);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  it('prints one HS256 token with REGISTER_JWT_SECRET that the service accepts for the subject and roles', async () => {
    const result = await token(['--role', 'registrar', '--sub', 'alice']);
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const subject = await new SecretTokenVerifier(SECRET).verify(result.stdout.trim());
    expect(subject).toEqual({ sub: 'alice', roles: ['registrar'], municipalities: [] });
  });

  it('makes the token valid for 8 hours unless --expires-in says otherwise', async () => {
    const lifetime = async (args: string[]) => {
      const { iat, exp } = decodeJwt((await token(['--sub', 'bob', '--role', 'reader', ...args])).stdout.trim());
      return (exp ?? 0) - (iat ?? 0);
    };
    await expect(lifetime([])).resolves.toBe(8 * 3600);
    await expect(lifetime(['--expires-in', '15m'])).resolves.toBe(15 * 60);
    await expect(lifetime(['--expires-in', '2d'])).resolves.toBe(2 * 86_400);
  });

  it('gives an auditor the municipalities named, several roles at once', async () => {
    const args = ['--sub', 'rekenkamer', '--role', 'auditor', '--role', 'reader', '--municipality', 'GM0981', '--municipality', 'GM0938'];
    const subject = await new SecretTokenVerifier(SECRET).verify((await token(args)).stdout.trim());
    expect(subject).toEqual({ sub: 'rekenkamer', roles: ['auditor', 'reader'], municipalities: ['GM0981', 'GM0938'] });
  });

  it('signs with the secret the embedded default generates in its data folder when none is configured', async () => {
    const result = await token(['--sub', 'alice', '--role', 'registrar'], {});
    const { secret, created } = await readOrCreateJwtSecret(dataDir);
    expect(created).toBe(false);
    await expect(new SecretTokenVerifier(secret).verify(result.stdout.trim())).resolves.toMatchObject({ sub: 'alice' });
  });

  it.each([
    [['--sub', 'x', '--role', 'admin'], 'Unknown role "admin"; roles are registrar, publication-officer, auditor, reader'],
    [['--sub', 'x', '--role', 'auditor'], 'An auditor sees only their municipalities: give at least one --municipality'],
    [['--role', 'reader'], 'token needs --sub <name>, who the token is for'],
    [['--sub', 'x'], 'token needs at least one --role (registrar, publication-officer, auditor, reader)'],
    [['--sub', 'x', '--role', 'auditor', '--municipality', 'Meerssen'], '--municipality takes a CBS code such as GM0938; got "Meerssen"'],
    [['--sub', 'x', '--role', 'reader', '--expires-in', 'forever'], '--expires-in takes a number and a unit s, m, h or d, such as 8h; got "forever"'],
    [['--sub', 'x', '--role', 'reader', '--expires-in', '0h'], '--expires-in takes a number and a unit s, m, h or d, such as 8h; got "0h"'],
  ])('refuses %j with exit status 2 and says why', async (args, message) => {
    const result = await token(args);
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nUsage: npm run cli -- token --sub`));
  });

  it('refuses an option it does not know with exit status 2', async () => {
    const result = await token(['--sub', 'x', '--role', 'reader', '--admin']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--admin'");
  });

  it('refuses to mint tokens the service would not accept when an OIDC issuer is configured', async () => {
    const env = { REGISTER_OIDC_ISSUER: 'https://login.szmh.example', REGISTER_OIDC_AUDIENCE: 'register' };
    await expect(token(['--sub', 'x', '--role', 'reader'], env)).resolves.toEqual({
      status: 1,
      stdout: '',
      stderr: 'token failed: REGISTER_OIDC_ISSUER is set, so the service accepts only tokens of https://login.szmh.example; get one there\n',
    });
  });

  it('refuses PostgreSQL without a secret, as the service does', async () => {
    const result = await token(['--sub', 'x', '--role', 'reader'], { REGISTER_STORE: 'postgres', DATABASE_URL: 'postgres://db/register' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER is required when REGISTER_STORE is postgres');
  });
});
