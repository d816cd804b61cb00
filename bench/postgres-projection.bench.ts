import { performance } from 'node:perf_hooks';
import type { EventStore } from '@register/event-store';
import { rebuildProjections, registerProjections } from '@register/projections';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openEventStoreOn, openRegisterDataSource } from '../apps/register/src/event-store/register-data-source';
import type { StoreConfig } from '../apps/register/src/config/register-config';
import type { BenchContext } from './bench-context';
import { nationwideHistory, type NationwideHistory } from './nationwide-history';
import { PostgresFixture } from './postgres-fixture';
import { CATCHUP_APPEND_BATCH, catchupResult, historyNote, nationwideMandates } from './projection-catchup';
import { RawPostgres } from './raw-postgres';
import type { BenchResult } from './report';

/** Where the raw append writes, beside the service's tables in `public`. */
const RAW_SCHEMA = 'raw_history';
const WARM_UP_MANDATES = 3_000;

/**
 * `postgres.projection.catchup`: the nationwide history appended raw to a
 * fresh database of the embedded server in 500-row transactions (timed, the
 * reference), then rebuilt from position 0 into every read model, opened as
 * the service opens them: events and read models in one database, one
 * DataSource (timed). The raw append runs again after the rebuild and the
 * reference is the mean of both, so the shared machine's drifting disk
 * latency during the measurement weighs on both sides. A small run first
 * warms up both sides.
 */
export async function postgresProjectionBench(ctx: BenchContext): Promise<BenchResult[]> {
  const pg = await PostgresFixture.start();
  try {
    ctx.note(`postgres (nationwide): ${await pg.durability()}`);
    await catchup({ ...ctx, log: () => undefined, note: () => undefined }, pg, Math.min(WARM_UP_MANDATES, nationwideMandates(ctx)));
    return [await catchup(ctx, pg, nationwideMandates(ctx))];
  } finally {
    await pg.stop();
  }
}

async function catchup(ctx: BenchContext, pg: PostgresFixture, mandates: number): Promise<BenchResult> {
  const history = nationwideHistory(mandates);
  const database = await pg.createDatabase('nationwide');
  try {
    await pg.checkpoint();
    const appendBefore = await appendRaw(database.url, history, RAW_SCHEMA);
    const rebuild = await asTheServiceOpensIt(database.url, async (dataSource, store) => {
      await copyIntoEventStore(dataSource, history);
      await pg.checkpoint();
      return rebuildProjections({ dataSource, store, projections: registerProjections() });
    });
    await pg.checkpoint();
    const appendAfter = await appendRaw(database.url, history, `${RAW_SCHEMA}_again`);
    ctx.note(historyNote(history));
    const reference = `pg, ${CATCHUP_APPEND_BATCH}-row inserts in transactions`;
    return catchupResult(ctx, history, { database: 'postgres', reference, appendSeconds: (appendBefore + appendAfter) / 2, rebuild });
  } finally {
    await pg.dropDatabase(database.name);
  }
}

/** The service's DataSource and event store on the database at `url` (register-data-source.ts), closed after `work`. */
async function asTheServiceOpensIt<T>(url: string, work: (dataSource: DataSource, store: EventStore) => Promise<T>): Promise<T> {
  const config: StoreConfig = { kind: 'postgres', databaseUrl: url };
  const dataSource = await openRegisterDataSource(config);
  try {
    const store = await openEventStoreOn(config, dataSource);
    try {
      return await work(dataSource, store);
    } finally {
      await store.close();
    }
  } finally {
    await dataSource.destroy();
  }
}

/** The reference: the history's rows into a table shaped like the store's in `schema`, multi-row inserts of 500 per transaction. */
async function appendRaw(url: string, history: NationwideHistory, schema: string): Promise<number> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const raw = await RawPostgres.create(admin, url, schema);
    try {
      const started = performance.now();
      await raw.insertInTransactions(history.events, CATCHUP_APPEND_BATCH);
      return (performance.now() - started) / 1000;
    } finally {
      await raw.close();
    }
  } finally {
    await admin.end();
  }
}

/**
 * Hands the raw rows to the event store (not timed): the tables have the same
 * columns, so the store reads exactly what the reference wrote, as the SQLite
 * adapter reads the reference's file. The position sequence moves past them,
 * as the store's own appends would have moved it.
 */
async function copyIntoEventStore(dataSource: DataSource, history: NationwideHistory): Promise<void> {
  const columns = 'position, transaction_id, stream, stream_revision, event_id, type, data, metadata, recorded_at';
  await dataSource.transaction(async (tx) => {
    await tx.query(`INSERT INTO public.events (${columns}) SELECT ${columns} FROM ${RAW_SCHEMA}.events ORDER BY position`);
    await tx.query(`SELECT setval('public.event_positions', (SELECT max(position) FROM public.events))`);
    await tx.query(`DROP SCHEMA ${RAW_SCHEMA} CASCADE`);
  });
  // A log that catch-up replays has long been vacuumed; the copy's fresh rows would otherwise have their hint bits set by the timed reads.
  await dataSource.query('VACUUM ANALYZE public.events');
  const [{ count }]: { count: string }[] = await dataSource.query('SELECT count(*) AS count FROM public.events');
  if (Number(count) !== history.events.length) throw new Error(`copied ${count} of ${history.events.length} events into the store`);
}
