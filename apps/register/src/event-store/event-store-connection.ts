import type { EventStoreConnection } from '@register/event-store';
import type { StoreConfig } from '../config/register-config';

/** The event store connection for a configured store. */
export function eventStoreConnection(store: StoreConfig): EventStoreConnection {
  switch (store.kind) {
    case 'sqlite':
      return { kind: 'sqlite', file: store.file };
    case 'postgres':
      return { kind: 'postgres', url: store.databaseUrl };
    case 'eventstoredb':
      return { kind: 'eventstoredb', connectionString: store.connectionString };
    default: {
      const unknown: never = store;
      throw new Error(`Unhandled store ${JSON.stringify(unknown)}`);
    }
  }
}
