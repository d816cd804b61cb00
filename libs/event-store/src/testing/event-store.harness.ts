import { randomUUID } from 'node:crypto';
import type { EventStore, StoredEvent } from '../event-store.port';
import type { EventStoreConnection } from '../open-event-store';

/** What an adapter hands the contract suite (`describeEventStoreContract`). */
export interface EventStoreHarness {
  /**
   * A store on fresh data, called before every test: a new SQLite file, a new
   * PostgreSQL schema. The suite closes it after the test.
   */
  open(): Promise<EventStore>;
  /**
   * Another store on the data of the latest `open()`, through a new connection:
   * proves that what was acknowledged is on disk, not in a cache.
   */
  reopen?(): Promise<EventStore>;
  /**
   * How a separate process reaches the data of the latest `open()`; without it
   * the crash test (a child killed with SIGKILL) is skipped.
   */
  childConnection?(): EventStoreConnection;
  /** After the whole suite: delete temporary files, stop servers. */
  dispose?(): Promise<void>;
  readonly capabilities?: EventStoreCapabilities;
}

interface EventStoreCapabilities {
  /**
   * `open()` cannot give an empty log (an EventStoreDB cluster cannot be
   * emptied): tests then read from the head they find and only their streams.
   */
  readonly sharedLog?: boolean;
  /** Size of the concurrent-writers test; defaults to 8 writers of 400 appends. */
  readonly concurrentWriters?: { readonly writers: number; readonly appendsPerWriter: number };
}

/** One test's view of the store under test. */
export interface ContractContext {
  /** The store opened for the running test. */
  readonly store: EventStore;
  /** The head position when the test started: the test's events all lie after it. */
  readonly baseline: number;
  /** A stream name no other test (or run, on a shared log) uses. */
  stream(label: string): string;
  /** Whether `stream` is one of this test's streams. */
  ownsStream(stream: string): boolean;
  /** The events after `baseline`; on a shared log, only those of this test's streams. */
  readOwn(store?: EventStore): Promise<StoredEvent[]>;
  /** `harness.reopen()`, closed after the test; undefined when the adapter has none. */
  reopen(): Promise<EventStore> | undefined;
  /** Closes the test's store now (the suite then does not close it again). */
  closeStore(): Promise<void>;
}

/**
 * Registers the per-test lifecycle in the calling `describe`: a fresh store
 * before each test, every store the test opened closed after it.
 */
export function useContractContext(harness: EventStoreHarness): ContractContext {
  let current: { store: EventStore; baseline: number; prefix: string } | undefined;
  let toClose: EventStore[] = [];

  beforeEach(async () => {
    const store = await harness.open();
    toClose = [store];
    current = { store, baseline: await store.headPosition(), prefix: `contract-${randomUUID()}` };
  });

  afterEach(async () => {
    const stores = toClose;
    toClose = [];
    current = undefined;
    await Promise.all(stores.map((store) => store.close()));
  });

  const running = (): NonNullable<typeof current> => {
    if (!current) throw new Error('The contract context is only available inside a test');
    return current;
  };

  return {
    get store() {
      return running().store;
    },
    get baseline() {
      return running().baseline;
    },
    stream: (label) => `${running().prefix}-${label}`,
    ownsStream: (stream) => stream.startsWith(`${running().prefix}-`),
    async readOwn(store = running().store) {
      const { baseline, prefix } = running();
      const events = await store.readAll({ fromPosition: baseline });
      return harness.capabilities?.sharedLog ? events.filter((event) => event.stream.startsWith(`${prefix}-`)) : events;
    },
    reopen() {
      const reopened = harness.reopen?.();
      return reopened?.then((store) => {
        toClose.push(store);
        return store;
      });
    },
    async closeStore() {
      const { store } = running();
      toClose = toClose.filter((open) => open !== store);
      await store.close();
    },
  };
}
