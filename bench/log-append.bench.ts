import { sqliteDataSourceOptions, runSchemaMigrations } from '@register/database';
import { eventStoreSchema, SqliteEventStore } from '@register/event-store';
import { latestSignedCheckpoint, LogTreeProjection, type Projection, Projector, readModelSchema, registerProjections } from '@register/projections';
import { generateSignerKey, parseSignerKey } from '@register/verifiable-log';
import { DataSource } from 'typeorm';
import { freshFile, removeDatabaseFile, type BenchContext } from './bench-context';
import { compare, expectCount, type Contender } from './measure';
import { planEvents, sliced, type PlannedEvent } from './payload';
import type { BenchResult } from './report';

const QUIET = { log: () => undefined, warn: () => undefined, error: () => undefined };
/** A projection step per append costs two commits (the append's and the step's): fewer appends than the store's own single-append figure. */
const APPENDS_SHARE = 0.4;

/**
 * log.append.overhead: one-event appends per second on SQLite as the write
 * pipeline makes them, each answered only once the projector has passed it,
 * with the register's read models and the verifiable log's tree (which also
 * signs a checkpoint after every step), as a ratio to the same with the read
 * models alone, both in the same run, slice by slice. Target 0.8.
 */
export async function logAppendBench(ctx: BenchContext): Promise<BenchResult[]> {
  const appends = Math.max(50, Math.round((ctx.sizes.singleAppends * APPENDS_SHARE) / ctx.sizes.slices) * ctx.sizes.slices);
  ctx.note(`log.append.overhead: ${appends} one-event appends to new streams per side and round, each awaited until projected (SQLite, synchronous=FULL)`);
  const signer = parseSignerKey(generateSignerKey('bench.szmh.example/log'));
  return [
    await compare(
      {
        name: 'log.append.overhead',
        unit: 'events/s',
        referenceName: 'the same without the tree',
        target: 0.8,
        subject: projectedAppends(ctx, appends, () => [...registerProjections(), new LogTreeProjection({ signer })], true),
        reference: projectedAppends(ctx, appends, registerProjections, false),
      },
      ctx,
    ),
  ];
}

function projectedAppends(ctx: BenchContext, count: number, projections: () => Projection[], withTree: boolean): Contender {
  return async () => {
    const file = freshFile(ctx, withTree ? 'log-append-tree' : 'log-append');
    const dataSource = new DataSource(sqliteDataSourceOptions(file, { entities: [...eventStoreSchema('sqlite').entities, ...readModelSchema('sqlite').entities], migrations: [...eventStoreSchema('sqlite').migrations, ...readModelSchema('sqlite').migrations] }));
    await dataSource.initialize();
    await runSchemaMigrations(dataSource);
    const store = await SqliteEventStore.fromDataSource(dataSource);
    const projector = new Projector({ dataSource, store, projections: projections(), logger: QUIET });
    await projector.start();
    const plan = sliced(planEvents(count, 1).map(concerningVaals), ctx.sizes.slices);
    return {
      count: plan.count,
      slices: plan.slices.map((slice) => () => appendProjected(store, projector, slice)),
      async verify() {
        expectCount('log.append.overhead: events stored', await store.headPosition(), count);
        if (withTree) expectCount('log.append.overhead: tree size signed', (await latestSignedCheckpoint(dataSource))?.treeSize ?? 0, count);
      },
      async release() {
        await projector.stop();
        await store.close();
        await dataSource.destroy();
        removeDatabaseFile(file);
      },
    };
  };
}

async function appendProjected(store: SqliteEventStore, projector: Projector, slice: readonly PlannedEvent[]): Promise<void> {
  for (const { stream, event } of slice) {
    const { position } = await store.appendToStream(stream, [event], { expectedRevision: 'no-stream' });
    if (!(await projector.waitUntilProjected(position, 10_000))) throw new Error(`the projector did not reach position ${position}`);
  }
}

/** The register's events say whom they concern; the tree indexes that too. */
function concerningVaals(planned: PlannedEvent): PlannedEvent {
  return { ...planned, event: { ...planned.event, metadata: { ...planned.event.metadata, municipalities: ['GM0981'] } } };
}
