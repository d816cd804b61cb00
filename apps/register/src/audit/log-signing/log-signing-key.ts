import { type LogSigningKey, readOrCreateLogSigningKey } from '@register/verifiable-log';
import type { RegisterConfig } from '../../config/register-config';
import { ensurePrivateDataFolder } from '../../storage/private-data-folder';

/**
 * The log's key, by the one rule the service and the command line share:
 * REGISTER_LOG_SIGNING_KEY when set; else, on the embedded default only, the
 * key generated in the data folder (mode 0600 in a 0700 folder, as the token
 * secret). PostgreSQL and EventStoreDB have no data folder of their own, and
 * a key kept in the database would let whoever edits the log sign the edit:
 * loadRegisterConfig refuses them without the variable.
 */
export async function resolveLogSigningKey(config: RegisterConfig): Promise<LogSigningKey> {
  const { logOrigin: origin, logSigningKey: fromEnvironment } = config.audit;
  if (fromEnvironment === undefined) {
    if (config.store.kind !== 'sqlite') throw new Error(`REGISTER_LOG_SIGNING_KEY is required when REGISTER_STORE is ${config.store.kind}`);
    await ensurePrivateDataFolder(config.dataDir);
  }
  return readOrCreateLogSigningKey(config.dataDir, { origin, fromEnvironment });
}
