import type { EventStore } from './event-store.port';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';

/** Where the events live; the service's configuration picks one. */
export type EventStoreConnection =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string };

export async function openEventStore(connection: EventStoreConnection): Promise<EventStore> {
  switch (connection.kind) {
    case 'memory':
      return new InMemoryEventStore();
    case 'sqlite':
      return SqliteEventStore.open({ file: connection.file });
    case 'postgres':
      return PostgresEventStore.open({ url: connection.url, schema: connection.schema });
    case 'eventstoredb':
      return EventStoreDbEventStore.open({ connectionString: connection.connectionString });
    default: {
      const unknown: never = connection;
      throw new Error(`Unknown event store kind ${JSON.stringify(unknown)}`);
    }
  }
}
