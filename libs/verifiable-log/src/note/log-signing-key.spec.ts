import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOG_SIGNING_KEY_FILE_NAME, readOrCreateLogSigningKey } from './log-signing-key';
import { generateSignerKey } from './note-keys';

const ORIGIN = 'register.szmh.example/log';

describe("the log's signing key", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'register-log-key-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is generated on first use into <data dir>/log-signing-key, readable by the owner only, as one signer key line', async () => {
    const dataDir = join(dir, 'data');
    const key = await readOrCreateLogSigningKey(dataDir, { origin: ORIGIN });
    const file = join(dataDir, LOG_SIGNING_KEY_FILE_NAME);
    expect(key).toMatchObject({ source: 'file', file, created: true, signer: { name: ORIGIN } });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toMatch(new RegExp(`^PRIVATE\\+KEY\\+${ORIGIN.replace(/[./]/g, '\\$&')}\\+[0-9a-f]{8}\\+\\S{44}\\n$`));
  });

  it('is the same key on the next start', async () => {
    const first = await readOrCreateLogSigningKey(dir, { origin: ORIGIN });
    const again = await readOrCreateLogSigningKey(dir, { origin: ORIGIN });
    expect(again).toMatchObject({ created: false, signer: { verifier: { encoded: first.signer.verifier.encoded } } });
  });

  it('is one key for 8 starts racing each other, with no temporary file left', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => readOrCreateLogSigningKey(dir, { origin: ORIGIN })));
    expect(new Set(keys.map((key) => key.signer.verifier.encoded)).size).toBe(1);
    expect(keys.filter((key) => key.created)).toHaveLength(1);
    expect(await readdir(dir)).toEqual([LOG_SIGNING_KEY_FILE_NAME]);
  });

  it('comes from REGISTER_LOG_SIGNING_KEY when that is set, and then no file is written', async () => {
    const text = generateSignerKey(ORIGIN);
    const key = await readOrCreateLogSigningKey(dir, { origin: ORIGIN, fromEnvironment: `${text}\n` });
    expect(key).toMatchObject({ source: 'environment', created: false, signer: { name: ORIGIN } });
    expect(key.file).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a REGISTER_LOG_SIGNING_KEY that is not a signer key, naming the variable and the form, without echoing it', async () => {
    const secret = 'not-a-key-but-maybe-a-secret';
    const attempt = readOrCreateLogSigningKey(dir, { origin: ORIGIN, fromEnvironment: secret });
    await expect(attempt).rejects.toThrow('REGISTER_LOG_SIGNING_KEY must hold a signer key PRIVATE+KEY+<origin>+<8 hex>+<base64>: a signer key starts with PRIVATE+KEY+<name>+');
    await expect(readOrCreateLogSigningKey(dir, { origin: ORIGIN, fromEnvironment: secret })).rejects.not.toThrow(secret);
  });

  it("refuses a key of another log than this log's origin", async () => {
    await expect(readOrCreateLogSigningKey(dir, { origin: ORIGIN, fromEnvironment: generateSignerKey('other.example/log') })).rejects.toThrow(
      `REGISTER_LOG_SIGNING_KEY holds the key of the log other.example/log, but this log's origin is ${ORIGIN}`,
    );
  });

  it('refuses a key file that others may read, saying how to fix it', async () => {
    const file = join(dir, LOG_SIGNING_KEY_FILE_NAME);
    await writeFile(file, `${generateSignerKey(ORIGIN)}\n`, { mode: 0o600 });
    await chmod(file, 0o644);
    await expect(readOrCreateLogSigningKey(dir, { origin: ORIGIN })).rejects.toThrow(`${file} may be read by others; make it the owner's only (chmod 600 ${file})`);
  });
});
