import { EventStoreDBClient, UnavailableError } from '@eventstore/db-client';
import { EventIdConflict } from '../event-store.errors';
import type { NewEvent } from '../event-store.port';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

/**
 * What the store does without a server: port 1 on the loopback refuses
 * connections at once, so every call that reaches the network fails fast
 * with the client's UnavailableError. The contract suite against a real
 * server is in eventstoredb-event-store.int-spec.ts.
 */
const NOWHERE = 'esdb://127.0.0.1:1?tls=false';
const noted = (eventId: string): NewEvent => ({ eventId, type: 'noted', data: {} });

describe('EventStoreDbEventStore without a server', () => {
  let store: EventStoreDbEventStore;

  beforeEach(() => {
    store = new EventStoreDbEventStore(EventStoreDBClient.connectionString(NOWHERE));
  });

  afterEach(async () => {
    await store.close();
  });

  it('fails to open when nothing listens, instead of failing at the first append', async () => {
    await expect(EventStoreDbEventStore.open({ connectionString: NOWHERE })).rejects.toThrow(UnavailableError);
  });

  it('fails to open with a connection string that is not one', async () => {
    await expect(EventStoreDbEventStore.open({ connectionString: 'localhost:2113' })).rejects.toThrow(/esdb:\/\//);
  });

  it('refuses an empty append and an append that repeats an id before sending anything', async () => {
    await expect(store.appendToStream('mandate-1', [])).rejects.toThrow(RangeError);
    await expect(store.appendToStream('mandate-1', [noted('a'), noted('a')])).rejects.toThrow(EventIdConflict);
  });

  it('passes a failed append on as the connection error it is', async () => {
    // The client lets this one through as the raw gRPC error, not as its UnavailableError.
    await expect(store.appendToStream('mandate-1', [noted('a')])).rejects.toThrow(/UNAVAILABLE/);
  });

  it('reads a stream as empty only when it does not exist, not when the server is unreachable', async () => {
    await expect(store.readStream('mandate-1')).rejects.toThrow(UnavailableError);
  });

  it('ends a subscription loop with the connection error, so the caller can subscribe again', async () => {
    const subscription = store.subscribeToAll();

    await expect((async () => {
      for await (const event of subscription) throw new Error(`unexpected ${event.eventId}`);
    })()).rejects.toThrow(UnavailableError);
  });

  it('refuses every call once closed', async () => {
    await store.close();

    await expect(store.appendToStream('mandate-1', [noted('a')])).rejects.toThrow(/closed/);
    await expect(store.readAll()).rejects.toThrow(/closed/);
    await expect(store.headPosition()).rejects.toThrow(/closed/);
    expect(() => store.subscribeToAll()).toThrow(/closed/);
  });
});
