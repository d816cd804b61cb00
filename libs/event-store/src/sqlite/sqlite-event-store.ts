import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { betterSqliteConnectionOf, configureSqliteConnection, runSchemaMigrations, SQLITE_BUSY_TIMEOUT_MS, sqliteDataSourceOptions } from '@register/database';
import { DataSource } from 'typeorm';
import { WrongExpectedVersion } from '../event-store.errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from '../event-store.port';
import { AppendSignal, createPollingSubscription } from '../polling-subscription';
import { assertAppendable, earlierAppendResult, revisionMatches } from '../append-rules';
import { SqliteFileIdentity } from './sqlite-file-identity';
import { OpenSubscriptions } from '../open-subscriptions';
import { eventStoreSchema } from '../event-store.schema';
import { isEventIdViolation, SqliteEventStatements } from './sqlite-event-statements';

/**
 * The embedded event store: one SQLite file in WAL mode, shared with the read
 * models and projector checkpoints through one TypeORM DataSource.
 *
 * Appends and reads bypass the ORM and run prepared better-sqlite3 statements
 * on the DataSource's own connection: an append is one synchronous
 * `BEGIN IMMEDIATE` transaction with no query building, entity mapping or
 * promise per row, which is what keeps it near the speed of raw inserts. TypeORM
 * owns the connection, its settings and the schema: the `events` table comes
 * from the event log's migrations (event-store.schema.ts).
 */
export class SqliteEventStore implements EventStore {
  private readonly db: BetterSqlite3.Database;
  private readonly statements: SqliteEventStatements;
  private readonly appendImmediately: (stream: string, events: readonly NewEvent[], expected: ExpectedRevision) => AppendResult;
  private readonly appended = new AppendSignal();
  private readonly subscriptions = new OpenSubscriptions();
  private readonly fileIdentity: SqliteFileIdentity | undefined;
  private closed = false;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly ownsDataSource: boolean,
  ) {
    this.db = betterSqliteConnectionOf(dataSource);
    this.statements = SqliteEventStatements.on(this.db);
    this.appendImmediately = this.db.transaction(this.appendInTransaction.bind(this)).immediate;
    this.fileIdentity = SqliteFileIdentity.of(String(dataSource.options.database));
  }

  /**
   * Opens (and creates, with its directory) the file and runs the event log's
   * pending migrations; `close()` then closes it. A file the service made has
   * them all already.
   */
  static async open({ file }: { readonly file: string }): Promise<SqliteEventStore> {
    await mkdir(dirname(file), { recursive: true });
    const dataSource = new DataSource(sqliteDataSourceOptions(file, eventStoreSchema('sqlite')));
    await dataSource.initialize();
    try {
      await runSchemaMigrations(dataSource);
      return new SqliteEventStore(dataSource, true);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
  }

  /**
   * A store on a DataSource the caller owns and has migrated (the read models
   * live in the same file and commit with the projector's checkpoint);
   * `close()` leaves it open.
   */
  static async fromDataSource(dataSource: DataSource): Promise<SqliteEventStore> {
    if (!dataSource.isInitialized || dataSource.options.type !== 'better-sqlite3') {
      throw new Error('SqliteEventStore needs an initialised better-sqlite3 DataSource');
    }
    configureSqliteConnection(betterSqliteConnectionOf(dataSource));
    return new SqliteEventStore(dataSource, false);
  }

  async appendToStream(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    assertAppendable(stream, events);
    if (this.db.inTransaction) await this.untilSharedConnectionIsFree();
    let result: AppendResult;
    try {
      result = this.appendImmediately(stream, events, options.expectedRevision ?? 'any');
    } catch (error) {
      if (!isEventIdViolation(error)) throw error;
      // The transaction rolled back; stored events never change, so this later read still answers for it.
      const earlier = this.earlierAppend(stream, events);
      if (!earlier) throw error;
      this.fileIdentity?.verify();
      return earlier;
    }
    // Committed, but to the file the register will start from? Not if it was deleted or replaced meanwhile (SqliteFileIdentity).
    this.fileIdentity?.verify();
    this.appended.notify();
    return result;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.statements.readStream(stream, options.direction ?? 'forwards', options.fromRevision, options.limit);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return this.statements.readAfter(options.fromPosition ?? 0, options.limit);
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    this.assertOpen();
    const subscription = createPollingSubscription(
      {
        readAfter: async (after, limit) => (this.closed ? [] : this.statements.readAfter(after, limit)),
        changeToken: () => this.appended.token,
        waitForChange: (since, idleMs, signal) => this.appended.wait(since, idleMs, signal),
      },
      { fromPosition: options.fromPosition },
    );
    return this.subscriptions.track(subscription);
  }

  /** Also what the health check asks: it fails once the file is not the one opened (SqliteFileIdentity). */
  async headPosition(): Promise<number> {
    this.assertOpen();
    this.fileIdentity?.verify();
    return this.statements.head.get() ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.stopAll();
    if (this.ownsDataSource) await this.dataSource.destroy();
  }

  /**
   * Runs inside `BEGIN IMMEDIATE`, so the revision read here cannot move before
   * the inserts commit, in this process or another. Idempotent retries cost
   * nothing on the hot path: a retry either fails the revision check (looked up
   * here) or hits the unique event_id index (looked up after the rollback).
   */
  private appendInTransaction(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const actual = this.statements.lastRevision.get(stream) ?? -1;
    if (!revisionMatches(expected, actual)) {
      const earlier = this.earlierAppend(stream, events);
      if (earlier) return earlier;
      throw new WrongExpectedVersion(stream, expected, actual < 0 ? 'no-stream' : actual);
    }
    const recordedAt = new Date().toISOString();
    let position = 0;
    for (let index = 0; index < events.length; index += 1) {
      const { eventId, type, data, metadata } = events[index];
      const row = [eventId, stream, actual + 1 + index, type, JSON.stringify(data), JSON.stringify(metadata ?? {}), recordedAt] as const;
      position = Number(this.statements.insert.run(...row).lastInsertRowid);
    }
    return { nextRevision: actual + events.length, position };
  }

  private earlierAppend(stream: string, events: readonly NewEvent[]): AppendResult | undefined {
    const storedIds = this.statements.storedIds.all(JSON.stringify(events.map((event) => event.eventId)));
    return earlierAppendResult(stream, events, storedIds);
  }

  /**
   * better-sqlite3 turns a transaction started while another is open into a
   * savepoint of it; an append made while a TypeORM transaction (a projection
   * step) is open on this connection would commit or roll back with that step.
   * So the append waits for it to end: appends must not be made from inside one.
   */
  private async untilSharedConnectionIsFree(): Promise<void> {
    const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
    while (this.db.inTransaction) {
      if (Date.now() > deadline) throw new Error('SqliteEventStore: a transaction on the shared connection did not end');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteEventStore is closed');
  }
}
