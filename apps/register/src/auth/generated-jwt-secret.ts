import { randomBytes, randomUUID } from 'node:crypto';
import { link, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MIN_JWT_SECRET_LENGTH } from '../config/load-auth-config';
import { ensurePrivateDataFolder } from '../storage/private-data-folder';

export const JWT_SECRET_FILE_NAME = 'jwt-secret';

export interface GeneratedJwtSecret {
  readonly secret: string;
  readonly file: string;
  /** True when this call made the secret, false when it was there already. */
  readonly created: boolean;
}

/**
 * The embedded default's token secret, `<dataDir>/jwt-secret`: read when it
 * exists, otherwise 32 random bytes written with mode 0600. Two processes
 * starting at once (the service and `npm run cli -- token`) end up with the
 * same secret: each writes its own temporary file (`wx`) and publishes it with
 * `link`, which fails when the name exists, so the first wins, the other reads
 * the winner's, and no one ever reads a half-written file.
 */
export async function readOrCreateJwtSecret(dataDir: string): Promise<GeneratedJwtSecret> {
  const file = join(dataDir, JWT_SECRET_FILE_NAME);
  const existing = await readSecretFile(file);
  if (existing !== undefined) return { secret: existing, file, created: false };
  await ensurePrivateDataFolder(dataDir);
  const published = await publishNewSecret(file);
  if (published !== undefined) return { secret: published, file, created: true };
  const winner = await readSecretFile(file);
  if (winner === undefined) throw new Error(`${file} vanished while it was being created`);
  return { secret: winner, file, created: false };
}

async function readSecretFile(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // trim(): someone may have written their own with `echo`, which adds a line break.
  const secret = text.trim();
  if (secret.length < MIN_JWT_SECRET_LENGTH) {
    throw new Error(`${file} holds fewer than ${MIN_JWT_SECRET_LENGTH} characters; delete it to have a new secret generated`);
  }
  return secret;
}

/** The new secret, or undefined when another process published one first. */
async function publishNewSecret(file: string): Promise<string | undefined> {
  const secret = randomBytes(32).toString('base64url');
  const temporary = `${file}.${randomUUID()}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(`${secret}\n`);
    // On disk before it has its name: after a power loss the file is whole or absent, never empty.
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
