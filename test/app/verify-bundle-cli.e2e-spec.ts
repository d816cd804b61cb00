import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SampleRegisterLog, unzipBundle, withByteChanged, zipBundle } from '../../libs/verifiable-log/src/testing/sample-register-log';
import { builtEntry } from './support/built-entry';
import { childEnv, runToEnd } from './support/child-process-run';
import { makeTempDir, removeTempDir } from './support/test-app';

describe('built (node dist/apps/register-cli/src/main.js verify)', () => {
  const log = SampleRegisterLog.ofSize(30);
  let dir: string;
  /** A configuration no store could open, and a data folder that must stay absent: verify touches no database. */
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await makeTempDir('verify-cli');
    env = childEnv({ REGISTER_STORE: 'postgres', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REGISTER_DATA_DIR: join(dir, 'data') });
    await writeFile(join(dir, 'vaals.zip'), await log.exportBundle({ since: [17] }));
    await writeFile(join(dir, 'older.txt'), await log.checkpoint(17));
    await writeFile(join(dir, 'tampered.zip'), zipBundle(withByteChanged(unzipBundle(await log.exportBundle()), 'proofs.ndjson', 100)));
  });

  afterAll(async () => {
    await removeTempDir(dir);
  });

  it('verifies a bundle with --since in a process that opens no database, and exits 0', async () => {
    const result = await runToEnd(builtEntry('register-cli'), ['verify', join(dir, 'vaals.zip'), '--since', join(dir, 'older.txt')], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('GM0981: 20 events recorded 2026-01-01 through 2026-12-31');
    expect(result.stdout).toContain('(17 events) is a prefix of this one');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('exits 1 naming the file and the check for a bundle with one byte changed', async () => {
    const result = await runToEnd(builtEntry('register-cli'), ['verify', join(dir, 'tampered.zip')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('  proofs.ndjson: manifest sha256: ');
  });
});
