import { pendingSchemaMigrations, runSchemaMigrations } from '@register/database';
import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { initialised, registerDataSourceOptions } from '../../../register/src/event-store/register-data-source';
import { type CliCommand, EXIT_OK, UsageError } from '../cli-command';

/**
 * `migrate`: brings the configured database's schema up to date, as the
 * service does when it starts, and nothing else: for an upgrade planned
 * ahead of the new release's start, or a database prepared by hand. `--dry-run`
 * only lists what it would run. Safe beside a running service: migrations
 * take the database's migration lock, and a second run finds nothing to do.
 */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: "Bring the database's schema up to date (what the service does at start); --dry-run lists the pending migrations",
  arguments: '[--dry-run]',
  async run(args, io) {
    const unknown = args.filter((arg) => arg !== '--dry-run');
    if (unknown.length > 0) throw new UsageError(`migrate takes only --dry-run; got ${unknown.join(' ')}`);
    const config = loadRegisterConfig(io.env, io.cwd);
    const dataSource = await initialised(registerDataSourceOptions(config.store));
    try {
      if (args.includes('--dry-run')) {
        const pending = await pendingSchemaMigrations(dataSource);
        io.out(pending.length === 0 ? 'The schema is up to date: no migration is pending\n' : `Pending: ${pending.join(', ')}\n`);
        return EXIT_OK;
      }
      const applied = await runSchemaMigrations(dataSource);
      io.out(applied.length === 0 ? 'The schema is up to date: no migration was pending\n' : `Ran ${applied.length} migration(s): ${applied.join(', ')}\n`);
      return EXIT_OK;
    } finally {
      await dataSource.destroy();
    }
  },
};
