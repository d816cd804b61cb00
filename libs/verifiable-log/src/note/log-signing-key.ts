import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSignerKey, NoteKeyError, parseSignerKey, type NoteSigner } from './note-keys';

export const LOG_SIGNING_KEY_FILE_NAME = 'log-signing-key';
export const LOG_SIGNING_KEY_VARIABLE = 'REGISTER_LOG_SIGNING_KEY';

export interface LogSigningKeyOptions {
  /** The checkpoints' origin line, which is the key's name. */
  readonly origin: string;
  /** The value of REGISTER_LOG_SIGNING_KEY, if set: it wins, and no file is read or written. */
  readonly fromEnvironment?: string;
}

export interface LogSigningKey {
  readonly signer: NoteSigner;
  readonly source: 'environment' | 'file';
  /** The key file, when the key came from one. */
  readonly file?: string;
  /** True when this call generated the key file. */
  readonly created: boolean;
}

/**
 * The log's Ed25519 key: REGISTER_LOG_SIGNING_KEY when set, otherwise
 * `<dataDir>/log-signing-key`, generated on first use with mode 0600. Both
 * hold the signer key text `PRIVATE+KEY+<origin>+<key id>+<base64>` (see
 * note-keys.ts), one line. Two processes starting at once end up with one key:
 * each writes a temporary file and publishes it with `link`, which fails when
 * the name exists (as the generated JWT secret does). A key file that others
 * may read is refused, as ssh refuses such a private key: whoever reads it
 * can sign checkpoints.
 */
export async function readOrCreateLogSigningKey(dataDir: string, options: LogSigningKeyOptions): Promise<LogSigningKey> {
  if (options.fromEnvironment !== undefined && options.fromEnvironment.trim() !== '') {
    const signer = keyFor(options.fromEnvironment.trim(), LOG_SIGNING_KEY_VARIABLE, options.origin);
    return { signer, source: 'environment', created: false };
  }
  const file = join(dataDir, LOG_SIGNING_KEY_FILE_NAME);
  const existing = await readKeyFile(file, options.origin);
  if (existing) return { signer: existing, source: 'file', file, created: false };
  await mkdir(dataDir, { recursive: true });
  const created = await publishNewKey(file, options.origin);
  const signer = created ?? (await readKeyFile(file, options.origin));
  if (!signer) throw new Error(`${file} vanished while it was being created`);
  return { signer, source: 'file', file, created: created !== undefined };
}

function keyFor(text: string, where: string, origin: string): NoteSigner {
  let signer: NoteSigner;
  try {
    signer = parseSignerKey(text);
  } catch (error) {
    const reason = error instanceof NoteKeyError ? error.message : 'it cannot be read as an Ed25519 key';
    throw new Error(`${where} must hold a signer key PRIVATE+KEY+<origin>+<8 hex>+<base64>: ${reason}`, { cause: error });
  }
  if (signer.name !== origin) throw new Error(`${where} holds the key of the log ${signer.name}, but this log's origin is ${origin}`);
  return signer;
}

async function readKeyFile(file: string, origin: string): Promise<NoteSigner | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (((await stat(file)).mode & 0o077) !== 0) throw new Error(`${file} may be read by others; make it the owner's only (chmod 600 ${file})`);
  return keyFor(text.trim(), file, origin);
}

/** The new key, or undefined when another process published one first. */
async function publishNewKey(file: string, origin: string): Promise<NoteSigner | undefined> {
  const text = generateSignerKey(origin);
  const temporary = `${file}.${randomUUID()}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(`${text}\n`);
    // On disk before it has its name: after a power loss the file is whole or absent, never empty.
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, file);
    return parseSignerKey(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
