import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';
import { postgresDataSourceOptions, runSchemaMigrations } from '@register/database';
import { DataSource } from 'typeorm';
import { WrongExpectedVersion } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventSubscription,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from '../event-store.port';
import { AppendSignal, createPollingSubscription } from '../polling-subscription';
import { assertAppendable, earlierAppendResult } from '../append-rules';
import { toSqlExpected } from './postgres-event-statements';
import { PostgresEventSchema } from './postgres-event-schema';
import { eventStoreSchema } from '../event-store.schema';
import { PostgresEventStatements } from './postgres-event-statements';
import { OpenSubscriptions } from '../open-subscriptions';

export interface PostgresEventStoreOptions {
  readonly url: string;
  /** Schema of the events table and the append function (and of the record of migrations); created if missing. Defaults to `public`. */
  readonly schema?: string;
}

/** An append under `any` that keeps losing revisions to concurrent appends gives up after this many tries. */
const MAX_APPEND_ATTEMPTS = 100;
/**
 * How long `readAll` and `headPosition` wait for appends that are still
 * committing below events already committed; after it they answer with the
 * settled events only. Appends take milliseconds: only a long transaction that
 * writes elsewhere in the cluster holds them up (see `readAll`).
 */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * The production event store on PostgreSQL, through TypeORM's pg pool. Every
 * append is one call of a plpgsql function (see postgres-event-schema.ts for
 * how it keeps the global order safe for subscribers); subscriptions poll for
 * settled events and are woken at once by appends made in this process
 * (polling, not LISTEN/NOTIFY: other processes' appends show up within the
 * subscription's idle interval).
 */
export class PostgresEventStore implements EventStore {
  private readonly statements: PostgresEventStatements;
  private readonly appended = new AppendSignal();
  private readonly subscriptions = new OpenSubscriptions();
  private closed = false;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly ownsDataSource: boolean,
    schema: PostgresEventSchema,
  ) {
    const pool = (dataSource.driver as unknown as { master: Pool }).master;
    this.statements = new PostgresEventStatements(pool, schema);
  }

  /** Connects and runs the event log's pending migrations in `schema`; `close()` then closes the connections. */
  static async open({ url, schema = 'public' }: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const dataSource = new DataSource(postgresDataSourceOptions(url, 'register-event-store', eventStoreSchema('postgres'), schema));
    await dataSource.initialize();
    try {
      await runSchemaMigrations(dataSource);
      return await PostgresEventStore.onDataSource(dataSource, schema, true);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
  }

  /**
   * A store on a DataSource the caller owns and has migrated (read models in
   * the same database commit a projection step with its checkpoint); `close()`
   * leaves it open.
   * Appends run on connections of their own from its pool, never inside a
   * caller's transaction. Do not wait for a subscription or `readAll` while
   * holding a transaction that has written: events appended after it took its
   * transaction id cannot settle before it ends.
   */
  static async fromDataSource(dataSource: DataSource, { schema = 'public' }: { readonly schema?: string } = {}): Promise<PostgresEventStore> {
    if (!dataSource.isInitialized || dataSource.options.type !== 'postgres') {
      throw new Error('PostgresEventStore needs an initialised postgres DataSource');
    }
    return PostgresEventStore.onDataSource(dataSource, schema, false);
  }

  private static async onDataSource(dataSource: DataSource, schemaName: string, owns: boolean): Promise<PostgresEventStore> {
    const schema = new PostgresEventSchema(schemaName);
    const [{ events }]: { events: string | null }[] = await dataSource.query('SELECT to_regclass($1)::text AS events', [schema.events]);
    if (events === null) throw new Error(`${schema.events} does not exist: run the register's migrations first (npm run cli -- migrate)`);
    return new PostgresEventStore(dataSource, owns, schema);
  }

  /**
   * Idempotent retries cost nothing on the hot path: a retry either fails the
   * revision check or hits the unique event_id index, and only then are the
   * stored ids looked up. A unique violation with no stored ids means a
   * concurrent append took the revision: the next try re-reads it (`any`) or
   * reports the conflict (an exact revision).
   */
  async appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(stream, events);
    const expected = options.expectedRevision ?? 'any';
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.statements.appendEvents(stream, toSqlExpected(expected), events);
      switch (outcome.kind) {
        case 'appended':
          this.appended.notify();
          return { nextRevision: outcome.nextRevision, position: outcome.position };
        case 'wrong-revision': {
          const earlier = await this.earlierAppend(stream, events);
          if (earlier) return earlier;
          throw new WrongExpectedVersion(stream, expected, outcome.actual < 0 ? 'no-stream' : outcome.actual);
        }
        case 'unique-violation': {
          const earlier = await this.earlierAppend(stream, events);
          if (earlier) return earlier;
          if (attempt === MAX_APPEND_ATTEMPTS) throw new Error(`Append to ${stream} lost to concurrent appends ${attempt} times`);
          break;
        }
        default: {
          const unknown: never = outcome;
          throw new Error(`Unknown append outcome ${JSON.stringify(unknown)}`);
        }
      }
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.statements.readStream(stream, options.direction ?? 'forwards', options.fromRevision, options.limit ?? null);
  }

  /**
   * Only settled events (see the append function): when committed events lie
   * above an append still running, this waits for the appends below them to
   * end, so a caller sees its own appends and the result never has a gap that
   * fills later. Transaction ids are cluster-wide: a long writing transaction
   * anywhere on the server, or one the caller holds open, delays the answer
   * (up to SETTLE_TIMEOUT_MS, then the settled events alone are returned).
   */
  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    const from = options.fromPosition ?? 0;
    const limit = options.limit ?? null;
    const { events, lastUnsettled } = await this.statements.readCommittedAfter(from, limit);
    if (lastUnsettled === undefined) return events;
    await this.untilSettled(lastUnsettled);
    return this.statements.readSettledAfter(from, limit);
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    this.assertOpen();
    const subscription = createPollingSubscription(
      {
        readAfter: (after, limit) => this.readForSubscription(after, limit),
        changeToken: () => this.appended.token,
        waitForChange: (since, idleMs, signal) => this.appended.wait(since, idleMs, signal),
      },
      { fromPosition: options.fromPosition },
    );
    return this.subscriptions.track(subscription);
  }

  /** The last settled position, waiting for it as `readAll` does. */
  async headPosition(): Promise<number> {
    this.assertOpen();
    const head = await this.statements.head();
    if (!head) return 0;
    if (head.settled) return head.position;
    await this.untilSettled(head.position);
    return this.statements.settledHead();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.stopAll();
    if (this.ownsDataSource) await this.dataSource.destroy();
  }

  /** A subscription never waits: it reads what is settled and polls again. */
  private async readForSubscription(after: number, limit: number): Promise<StoredEvent[]> {
    if (this.closed) return [];
    try {
      return await this.statements.readSettledAfter(after, limit);
    } catch (error) {
      if (this.closed) return [];
      throw error;
    }
  }

  private async untilSettled(position: number): Promise<void> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    for (let pauseMs = 1; !(await this.statements.isSettled(position)) && Date.now() < deadline; pauseMs = Math.min(pauseMs * 2, 50)) {
      await sleep(pauseMs);
    }
  }

  private async earlierAppend(stream: string, events: readonly NewEvent[]): Promise<AppendResult | undefined> {
    return earlierAppendResult(stream, events, await this.statements.storedIds(events.map((event) => event.eventId)));
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('PostgresEventStore is closed');
  }
}
