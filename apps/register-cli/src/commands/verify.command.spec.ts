import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SampleRegisterLog, unzipBundle, withByteChanged, zipBundle } from '../../../../libs/verifiable-log/src/testing/sample-register-log';
import type { CliIo } from '../cli-command';
import { dispatch } from '../cli-dispatcher';
import { verifyCommand } from './verify.command';

describe('npm run cli -- verify', () => {
  const log = SampleRegisterLog.ofSize(12);
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'register-verify-'));
    await writeFile(join(dir, 'vaals.zip'), await log.exportBundle({ since: [5] }));
    await writeFile(join(dir, 'last-year.txt'), await log.checkpoint(5));
    await writeFile(join(dir, 'register.pub'), `${log.signer.verifier.encoded}\n`);
    await writeFile(join(dir, 'tampered.zip'), zipBundle(withByteChanged(unzipBundle(await log.exportBundle()), 'events.ndjson', 30)));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** With a configuration that no store could open: verify must not try. */
  async function verify(...args: string[]) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const env = { REGISTER_STORE: 'postgres', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const io: CliIo = { env, cwd: dir, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
    const status = await dispatch(['verify', ...args], [verifyCommand], io);
    return { status, stdout: stdout.join(''), stderr: stderr.join('') };
  }

  it('exits 0 and says what it checked for a bundle as exported, with --since and --key', async () => {
    const result = await verify('vaals.zip', '--since', 'last-year.txt', '--key', 'register.pub');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'OK vaals.zip',
        '  GM0981: 8 events recorded 2026-01-01 through 2026-12-31, exported 2026-11-24T10:00:00.000Z',
        `  each event matches its leaf hash and is included in the log of 12 events with root ${Buffer.from(log.tree.root()).toString('base64')}`,
        `  checkpoint and manifest signed by ${log.signer.verifier.encoded}`,
        '  the log of your checkpoint last-year.txt (5 events) is a prefix of this one: nothing in it was changed or removed',
        '',
      ].join('\n'),
    );
  });

  it('asks to compare the key when none is given to trust', async () => {
    const result = await verify('vaals.zip');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Compare that key with the one you obtained from the register, or pass it with --key');
  });

  it('exits 1 naming the file and the check for a bundle with one byte changed', async () => {
    const result = await verify('tampered.zip');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^FAILED tampered\.zip: \d+ check\(s\) failed\n/);
    expect(result.stderr).toContain('  events.ndjson: manifest sha256: its SHA-256 is ');
  });

  it('exits 1 when the bundle is signed by another key than the one trusted', async () => {
    const other = SampleRegisterLog.ofSize(1).signer.verifier.encoded;
    const result = await verify('vaals.zip', '--key', other);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`  public-key.txt: trusted key: the bundle names the key ${log.signer.verifier.encoded}, not the one you trust, ${other}`);
  });

  it.each([
    [[], 'verify takes one bundle, the ZIP file GET /audit/export answered'],
    [['a.zip', 'b.zip'], 'verify takes one bundle'],
    [['vaals.zip', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['vaals.zip', '--key', 'nobody+0000000+AAAA'], '--key takes a verifier key <origin>+<8 hex>+<base64> or a file holding one'],
  ])('exits 2 with the usage for wrong arguments %j', async (args, message) => {
    const result = await verify(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run cli -- verify <bundle.zip>');
  });

  it('exits 1 naming a file it cannot read', async () => {
    await expect(verify('missing.zip')).resolves.toEqual({ status: 1, stdout: '', stderr: 'verify failed: cannot read missing.zip: ENOENT\n' });
  });
});
