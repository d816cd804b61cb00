import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '@register/event-store';
import { authorityKnownAt, rebuildProjections, registerProjections } from '@register/projections';
import type { DataSource } from 'typeorm';
import { openRegisterDataSource } from '../apps/register/src/event-store/register-data-source';
import { freshFile, removeDatabaseFile, type BenchContext } from './bench-context';
import { httpAuthority } from './http-authority.bench';
import { nationwideHistory, questionFor, type ChainEnd } from './nationwide-history';
import { CATCHUP_APPEND_BATCH, catchupResult, historyNote, nationwideMandates } from './projection-catchup';
import { RawSqlite } from './raw-sqlite';
import type { BenchResult } from './report';

const QUESTIONS = 2_000;

/**
 * Latencies are "lower is better", but the table reads ratio >= target. Their
 * rows therefore compare the other way round: value is the limit (or the 10k
 * p50 scaled by 1.5) and the reference is the measured latency, so
 * ratio = allowed / measured and a ratio of 1 or more passes.
 */
export async function projectionBench(ctx: BenchContext): Promise<BenchResult[]> {
  const small = await projectedHistory(ctx, nationwideMandates(ctx, 10_000));
  let p50Small: number;
  try {
    p50Small = (await latencies(small.dataSource, small.chainEnds)).p50;
  } finally {
    await small.close();
  }
  const large = await projectedHistory(ctx, nationwideMandates(ctx));
  try {
    const { p50, p99 } = await latencies(large.dataSource, large.chainEnds);
    // Everything into the file itself, so the copy the service opens holds the whole projection.
    await large.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
    return [
      large.catchup,
      latency('authority.p50.10k', p50Small, 'measured (ms)', 0, p50Small),
      latency('authority.p50.100k', p50, '1.5 x p50.10k', 1.5 * p50Small, p50),
      latency('authority.p99.100k', p99, 'limit 2 ms', 2, p99),
      ...(await httpAuthority(ctx, large.file, large.chainEnds)),
    ];
  } finally {
    await large.close();
  }
}

function latency(name: string, measured: number, referenceName: string, allowed: number, value: number): BenchResult {
  const ratio = allowed > 0 ? Math.round((allowed / value) * 1000) / 1000 : 0;
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return { name, unit: 'ms', value: round(measured), referenceName, referenceValue: round(allowed), ratio, target: allowed > 0 ? 1 : undefined };
}

interface Projected {
  readonly file: string;
  readonly dataSource: DataSource;
  readonly chainEnds: ChainEnd[];
  readonly catchup: BenchResult;
  close(): Promise<void>;
}

/** Appends the history raw in batches of 500 (the reference rate), then rebuilds every projection from zero (timed). */
async function projectedHistory(ctx: BenchContext, mandates: number): Promise<Projected> {
  const history = nationwideHistory(mandates);
  const file = freshFile(ctx, `nationwide-${mandates}`);
  const raw = RawSqlite.open(file);
  const started = performance.now();
  raw.insertInTransactions(history.events, CATCHUP_APPEND_BATCH);
  const appendSeconds = (performance.now() - started) / 1000;
  raw.close();
  // As the service opens it: the migrations adopt the raw events table and create the read models'.
  const dataSource = await openRegisterDataSource({ kind: 'sqlite', file });
  const store = await SqliteEventStore.fromDataSource(dataSource);
  const rebuild = await rebuildProjections({ dataSource, store, projections: registerProjections() });
  ctx.note(historyNote(history));
  const reference = `better-sqlite3, ${CATCHUP_APPEND_BATCH}-row transactions`;
  const catchup = catchupResult(ctx, history, { database: 'sqlite', reference, appendSeconds, rebuild });
  return {
    file,
    dataSource,
    chainEnds: history.chainEnds,
    catchup,
    async close() {
      await store.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      removeDatabaseFile(file);
    },
  };
}

async function latencies(dataSource: DataSource, chainEnds: readonly ChainEnd[]): Promise<{ p50: number; p99: number }> {
  for (let n = 0; n < 200; n += 1) await authorityKnownAt(dataSource, questionFor(chainEnds, n + QUESTIONS));
  const times: number[] = [];
  let authorised = 0;
  for (let n = 0; n < QUESTIONS; n += 1) {
    const started = performance.now();
    const answer = await authorityKnownAt(dataSource, questionFor(chainEnds, n));
    times.push(performance.now() - started);
    if (answer.authorised) authorised += 1;
  }
  if (authorised === 0) throw new Error('no question was answered "authorised": the history or the questions are wrong');
  times.sort((x, y) => x - y);
  return { p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
}
