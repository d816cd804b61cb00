import { PostgresEventStore, type EventStore } from '@register/event-store';
import { warmUpContext, type BenchContext } from './bench-context';
import { appendConcurrently, appendEach, appendInBatches, readWholeLog } from './event-store-workload';
import { compare, expectCount, type Comparison, type Contender } from './measure';
import { planEvents, sliced, slicedWriters, type PlannedEvent, type SlicedPlan } from './payload';
import { PostgresFixture } from './postgres-fixture';
import { RawPostgres } from './raw-postgres';
import type { BenchResult } from './report';

const UNIT = 'events/s';
/** Reads are cheap and not disk-bound: more rounds of them smooth out CPU contention. */
const READ_ROUNDS_PER_ROUND = 3;

/** The PostgreSQL adapter against raw `pg` on the same embedded server. */
export async function postgresBench(ctx: BenchContext): Promise<BenchResult[]> {
  const pg = await PostgresFixture.start();
  try {
    ctx.note(`postgres: ${await pg.durability()}`);
    await warmUp(ctx, pg);
    return [
      await compare(singleComparison(ctx, pg), ctx),
      await compare(batchComparison(ctx, pg), ctx),
      await readAllComparison(ctx, pg),
      await compare(concurrentComparison(ctx, pg), ctx),
    ];
  } finally {
    await pg.stop();
  }
}

function singleComparison(ctx: BenchContext, pg: PostgresFixture): Comparison {
  const { singleAppends, slices } = ctx.sizes;
  const plan = (): SlicedPlan<PlannedEvent[]> => sliced(planEvents(singleAppends, 1), slices);
  return {
    name: 'postgres.append.single',
    unit: UNIT,
    referenceName: 'pg, 1-row autocommit inserts',
    target: 0.6,
    subject: adapter(pg, plan, (store, slice) => appendEach(store, slice)),
    reference: raw(pg, plan, (db, slice) => db.insertEach(slice)),
  };
}

function batchComparison(ctx: BenchContext, pg: PostgresFixture): Comparison {
  const { batchEvents, batchSize, rawBatchSize, slices } = ctx.sizes;
  const plan = (): SlicedPlan<PlannedEvent[]> =>
    sliced(planEvents(batchEvents / batchSize, batchSize), slices, Math.max(batchSize, rawBatchSize));
  return {
    name: `postgres.append.batch${batchSize}`,
    unit: UNIT,
    referenceName: `pg, ${rawBatchSize.toLocaleString('en-US')}-row inserts in transactions`,
    target: 0.5,
    subject: adapter(pg, plan, (store, slice) => appendInBatches(store, slice, batchSize)),
    reference: raw(pg, plan, (db, slice) => db.insertInTransactions(slice, rawBatchSize)),
  };
}

/** One store shared by the writers, as one service instance would; the reference gives each writer a connection. */
function concurrentComparison(ctx: BenchContext, pg: PostgresFixture): Comparison {
  const { writers, appendsPerWriter, slices } = ctx.sizes;
  const plan = (): SlicedPlan<PlannedEvent[][]> =>
    slicedWriters(Array.from({ length: writers }, () => planEvents(appendsPerWriter, 1)), slices);
  return {
    name: `postgres.append.concurrent${writers}`,
    unit: UNIT,
    referenceName: `pg, ${writers} connections of 1-row autocommit inserts`,
    subject: adapter(pg, plan, (store, slice) => appendConcurrently(store, slice)),
    reference: raw(pg, plan, (db, slice) => db.insertConcurrently(slice), writers),
  };
}

/**
 * Both sides read a log of the batch benchmark's size, filled once by their
 * own batched writes; reading changes nothing, so the rounds share one schema each.
 */
async function readAllComparison(ctx: BenchContext, pg: PostgresFixture): Promise<BenchResult> {
  const { batchEvents, batchSize, rawBatchSize, readPageSize } = ctx.sizes;
  const storeSchema = pg.nextSchemaName('adapter_read');
  const rawSchema = pg.nextSchemaName('raw_read');
  const store = await PostgresEventStore.open({ url: pg.url, schema: storeSchema });
  const db = await RawPostgres.create(pg.adminClient, pg.url, rawSchema);
  try {
    await appendInBatches(store, planEvents(batchEvents / batchSize, batchSize), batchSize);
    await db.insertInTransactions(planEvents(batchEvents / batchSize, batchSize), rawBatchSize);
    await pg.checkpoint();
    const wholeLog = (read: () => Promise<void>): Contender => async () => ({
      slices: [read],
      count: batchEvents,
      verify: () => {}, // each read checks its own count
      release: () => {}, // the fixture outlives the rounds
    });
    return await compare(
      {
        name: 'postgres.readAll',
        unit: UNIT,
        referenceName: 'pg, ordered scan',
        target: 0.5,
        rounds: ctx.rounds * READ_ROUNDS_PER_ROUND,
        subject: wholeLog(async () => expectCount('readAll', await readWholeLog(store, readPageSize), batchEvents)),
        reference: wholeLog(async () => expectCount('scan', await db.scan(), batchEvents)),
      },
      ctx,
    );
  } finally {
    await store.close();
    await db.close();
    await pg.dropSchema(storeSchema);
    await pg.dropSchema(rawSchema);
  }
}

/** The adapter on a fresh schema; opening it (pool, schema creation) is not timed. */
function adapter<Slice extends PlannedEvent[] | PlannedEvent[][]>(
  pg: PostgresFixture,
  plan: () => SlicedPlan<Slice>,
  work: (store: EventStore, slice: Slice) => Promise<void>,
): Contender {
  return async () => {
    const schema = pg.nextSchemaName('adapter');
    const store = await PostgresEventStore.open({ url: pg.url, schema });
    const { slices, count } = plan();
    await pg.checkpoint();
    return {
      slices: slices.map((slice) => () => work(store, slice)),
      count,
      verify: async () => expectCount('adapter head position', await store.headPosition(), count),
      release: async () => {
        await store.close();
        await pg.dropSchema(schema);
      },
    };
  };
}

/** Raw `pg` on a fresh schema with the same table, `connections` clients connected beforehand. */
function raw<Slice extends PlannedEvent[] | PlannedEvent[][]>(
  pg: PostgresFixture,
  plan: () => SlicedPlan<Slice>,
  work: (db: RawPostgres, slice: Slice) => Promise<void>,
  connections = 1,
): Contender {
  return async () => {
    const schema = pg.nextSchemaName('raw');
    const db = await RawPostgres.create(pg.adminClient, pg.url, schema, connections);
    const { slices, count } = plan();
    await pg.checkpoint();
    return {
      slices: slices.map((slice) => () => work(db, slice)),
      count,
      verify: async () => expectCount('raw row count', await db.count(), count),
      release: async () => {
        await db.close();
        await pg.dropSchema(schema);
      },
    };
  };
}

/** Every comparison once at a small size, so JIT, pools and plans are warm before the first round. */
async function warmUp(ctx: BenchContext, pg: PostgresFixture): Promise<void> {
  const small = warmUpContext(ctx);
  await compare(singleComparison(small, pg), small);
  await compare(batchComparison(small, pg), small);
  await readAllComparison(small, pg);
  await compare(concurrentComparison(small, pg), small);
}
