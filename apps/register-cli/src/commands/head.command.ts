import { openEventStore } from '@register/event-store';
import { loadRegisterConfig } from '../../../register/src/config/load-register-config';
import { eventStoreConnection } from '../../../register/src/event-store/event-store-connection';
import { type CliCommand, EXIT_OK, UsageError } from '../cli-command';

/** Prints the global position of the last stored event, so scripts can tell whether anything changed. */
export const headCommand: CliCommand = {
  name: 'head',
  summary: 'Print the global position of the last stored event (0 when the store is empty)',
  arguments: '',
  async run(args, io) {
    if (args.length > 0) throw new UsageError(`head takes no arguments; got ${args.join(' ')}`);
    const config = loadRegisterConfig(io.env, io.cwd);
    const store = await openEventStore(eventStoreConnection(config.store));
    try {
      io.out(`${await store.headPosition()}\n`);
    } finally {
      await store.close();
    }
    return EXIT_OK;
  },
};
