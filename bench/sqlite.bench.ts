import { SqliteEventStore, type EventStore } from '@register/event-store';
import { freshFile, removeDatabaseFile, warmUpContext, type BenchContext } from './bench-context';
import { appendEach, appendInBatches, readWholeLog } from './event-store-workload';
import { compare, expectCount, type Comparison, type Contender } from './measure';
import { planEvents, sliced, type PlannedEvent, type SlicedPlan } from './payload';
import { RawSqlite } from './raw-sqlite';
import type { BenchResult } from './report';

const UNIT = 'events/s';
/** Reads are cheap and not disk-bound: more rounds of them smooth out CPU contention. */
const READ_ROUNDS_PER_ROUND = 3;

/** The SQLite adapter against raw better-sqlite3, WAL and synchronous=FULL on both sides. */
export async function sqliteBench(ctx: BenchContext): Promise<BenchResult[]> {
  await warmUp(ctx);
  return [
    await compare(singleComparison(ctx), ctx),
    await compare(batchComparison(ctx), ctx),
    await readAllComparison(ctx),
  ];
}

/** `sqlite.append.single` alone: the reference of http.write when the sqlite group did not run before it (`--only http`). */
export function sqliteSingleAppend(ctx: BenchContext): Promise<BenchResult> {
  return compare(singleComparison(ctx), ctx);
}

function singleComparison(ctx: BenchContext): Comparison {
  const { singleAppends, slices } = ctx.sizes;
  const plan = (): SlicedPlan<PlannedEvent[]> => sliced(planEvents(singleAppends, 1), slices);
  return {
    name: 'sqlite.append.single',
    unit: UNIT,
    referenceName: 'better-sqlite3, 1-row transactions',
    target: 0.6,
    subject: adapter(ctx, plan, (store, slice) => appendEach(store, slice)),
    reference: raw(ctx, plan, (db, slice) => db.insertEach(slice)),
  };
}

function batchComparison(ctx: BenchContext): Comparison {
  const { batchEvents, batchSize, rawBatchSize, slices } = ctx.sizes;
  const plan = (): SlicedPlan<PlannedEvent[]> =>
    sliced(planEvents(batchEvents / batchSize, batchSize), slices, Math.max(batchSize, rawBatchSize));
  return {
    name: `sqlite.append.batch${batchSize}`,
    unit: UNIT,
    referenceName: `better-sqlite3, ${rawBatchSize.toLocaleString('en-US')}-row transactions`,
    target: 0.5,
    subject: adapter(ctx, plan, (store, slice) => appendInBatches(store, slice, batchSize)),
    reference: raw(ctx, plan, (db, slice) => db.insertInTransactions(slice, rawBatchSize)),
  };
}

/**
 * Both sides read a log of the batch benchmark's size, filled once by their
 * own batched writes; reading changes nothing, so the rounds share one file each.
 */
async function readAllComparison(ctx: BenchContext): Promise<BenchResult> {
  const { batchEvents, batchSize, rawBatchSize, readPageSize } = ctx.sizes;
  const storeFile = freshFile(ctx, 'sqlite-adapter-read');
  const rawFile = freshFile(ctx, 'sqlite-raw-read');
  const store = await SqliteEventStore.open({ file: storeFile });
  const db = RawSqlite.open(rawFile);
  try {
    await appendInBatches(store, planEvents(batchEvents / batchSize, batchSize), batchSize);
    db.insertInTransactions(planEvents(batchEvents / batchSize, batchSize), rawBatchSize);
    const wholeLog = (read: () => Promise<void> | void): Contender => async () => ({
      slices: [read],
      count: batchEvents,
      verify: () => {}, // each read checks its own count
      release: () => {}, // the fixture outlives the rounds
    });
    return await compare(
      {
        name: 'sqlite.readAll',
        unit: UNIT,
        referenceName: 'better-sqlite3, ordered scan',
        target: 0.5,
        rounds: ctx.rounds * READ_ROUNDS_PER_ROUND,
        subject: wholeLog(async () => expectCount('readAll', await readWholeLog(store, readPageSize), batchEvents)),
        reference: wholeLog(() => expectCount('scan', db.scan(), batchEvents)),
      },
      ctx,
    );
  } finally {
    await store.close();
    db.close();
    removeDatabaseFile(storeFile);
    removeDatabaseFile(rawFile);
  }
}

/** The adapter on a fresh file; opening it (and creating its schema) is not timed. */
function adapter(
  ctx: BenchContext,
  plan: () => SlicedPlan<PlannedEvent[]>,
  work: (store: EventStore, slice: PlannedEvent[]) => Promise<void>,
): Contender {
  return async () => {
    const file = freshFile(ctx, 'sqlite-adapter');
    const store = await SqliteEventStore.open({ file });
    const { slices, count } = plan();
    return {
      slices: slices.map((slice) => () => work(store, slice)),
      count,
      verify: async () => expectCount('adapter head position', await store.headPosition(), count),
      release: async () => {
        await store.close();
        removeDatabaseFile(file);
      },
    };
  };
}

/** Raw better-sqlite3 on a fresh file with the same table. */
function raw(
  ctx: BenchContext,
  plan: () => SlicedPlan<PlannedEvent[]>,
  work: (db: RawSqlite, slice: PlannedEvent[]) => void,
): Contender {
  return async () => {
    const file = freshFile(ctx, 'sqlite-raw');
    const db = RawSqlite.open(file);
    const { slices, count } = plan();
    return {
      slices: slices.map((slice) => () => work(db, slice)),
      count,
      verify: () => expectCount('raw row count', db.count(), count),
      release: async () => {
        db.close();
        removeDatabaseFile(file);
      },
    };
  };
}

/** Every comparison once at a small size, so JIT and statement caches are warm before the first round. */
async function warmUp(ctx: BenchContext): Promise<void> {
  const small = warmUpContext(ctx);
  await compare(singleComparison(small), small);
  await compare(batchComparison(small), small);
  await readAllComparison(small);
}
