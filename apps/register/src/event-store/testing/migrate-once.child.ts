/**
 * A process that opens the register's database as the service does at start
 * and prints the names of the migrations it ran, as one JSON line. Run by
 * register-schema.int-spec.ts, several at once:
 * `node -r libs/event-store/src/testing/swc-register.hook.cjs migrate-once.child.ts '<StoreConfig JSON>'`.
 */
import type { StoreConfig } from '../../config/register-config';
import { openMigrated, registerDataSourceOptions } from '../register-data-source';

async function main(): Promise<void> {
  const store = JSON.parse(process.argv[2]) as StoreConfig;
  const { dataSource, migrated } = await openMigrated(registerDataSourceOptions(store));
  await dataSource.destroy();
  process.stdout.write(`${JSON.stringify(migrated)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
