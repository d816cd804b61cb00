import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE_NAME, readOrCreateJwtSecret } from './generated-jwt-secret';

describe('the generated token secret of the embedded default', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'register-jwt-secret-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is 32 random bytes (43 base64url characters) written to <data dir>/jwt-secret, readable by the owner only', async () => {
    const dataDir = join(dir, 'data');
    const generated = await readOrCreateJwtSecret(dataDir);
    expect(generated).toEqual({ secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), file: join(dataDir, JWT_SECRET_FILE_NAME), created: true });
    expect((await stat(generated.file)).mode & 0o777).toBe(0o600);
    expect(await readFile(generated.file, 'utf8')).toBe(`${generated.secret}\n`);
  });

  it('is reused on the next start', async () => {
    const first = await readOrCreateJwtSecret(dir);
    await expect(readOrCreateJwtSecret(dir)).resolves.toEqual({ ...first, created: false });
  });

  it('differs between two data folders', async () => {
    const one = await readOrCreateJwtSecret(join(dir, 'one'));
    const two = await readOrCreateJwtSecret(join(dir, 'two'));
    expect(one.secret).not.toBe(two.secret);
  });

  it('is the same for 8 starts racing each other: one creates it, the others read it, no temporary file stays', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => readOrCreateJwtSecret(dir)));
    expect(new Set(results.map((result) => result.secret)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await readdir(dir)).toEqual([JWT_SECRET_FILE_NAME]);
  });

  it('takes a secret an operator wrote with echo, without its line break', async () => {
    await writeFile(join(dir, JWT_SECRET_FILE_NAME), `${'k'.repeat(40)}\n`, { mode: 0o600 });
    await expect(readOrCreateJwtSecret(dir)).resolves.toMatchObject({ secret: 'k'.repeat(40), created: false });
  });

  it('refuses a file that holds too short a secret instead of signing with it', async () => {
    const file = join(dir, JWT_SECRET_FILE_NAME);
    await writeFile(file, '\n');
    await expect(readOrCreateJwtSecret(dir)).rejects.toThrow(
      `${file} holds fewer than 32 characters; delete it to have a new secret generated`,
    );
  });
});
