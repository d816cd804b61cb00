import { chmod, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Only the service's own account may enter the data folder or read what it holds: every municipality's data is in it. */
const PRIVATE_FOLDER_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the data folder 0700, or narrows an existing one (a folder made by
 * an earlier release is 0755), so no other local account can read the
 * register past the auditors' separation by municipality.
 */
export async function ensurePrivateDataFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await chmod(dir, PRIVATE_FOLDER_MODE);
}

/**
 * The SQLite file and its companions, 0600 in a private folder. SQLite gives
 * the `-wal` and `-shm` files it creates the mode of the database file, so
 * the file is created 0600 before SQLite opens it (an empty file is a new
 * database to SQLite); files an earlier release left 0644 are narrowed.
 */
export async function ensurePrivateSqliteFile(file: string): Promise<void> {
  await ensurePrivateDataFolder(dirname(file));
  const handle = await open(file, 'a', PRIVATE_FILE_MODE);
  await handle.close();
  for (const path of [file, `${file}-wal`, `${file}-shm`]) await chmodIfPresent(path, PRIVATE_FILE_MODE);
}

async function chmodIfPresent(path: string, mode: number): Promise<void> {
  try {
    await chmod(path, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
