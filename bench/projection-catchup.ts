import type { RebuildReport } from '@register/projections';
import type { BenchContext } from './bench-context';
import type { NationwideHistory } from './nationwide-history';
import { toResult, type BenchResult } from './report';

/** Rows per transaction of the raw append that catch-up is compared with, on either database. */
export const CATCHUP_APPEND_BATCH = 500;

/** Issue 4: a rebuild from zero projects at least a quarter of what the bare database appends. */
const CATCHUP_TARGET = 0.25;

const FULL_SIZE_MANDATES = 100_000;

/** Mandates in the nationwide history at the run's `--scale`. */
export function nationwideMandates(ctx: BenchContext, full = FULL_SIZE_MANDATES): number {
  return Math.round((full * ctx.sizes.batchEvents) / 100_000);
}

/** How one database took the nationwide history: appended raw, then rebuilt into every read model. */
export interface CatchupTimings {
  readonly database: 'sqlite' | 'postgres';
  /** Names the raw append in the report's reference column. */
  readonly reference: string;
  readonly appendSeconds: number;
  readonly rebuild: RebuildReport;
}

/**
 * The `<database>.projection.catchup` row: events projected per second from
 * position 0 against the raw batched append rate of the same database. A
 * rebuild that replayed fewer or more events than the history holds did not
 * project what the figure claims, so it fails the measurement instead.
 */
export function catchupResult(ctx: BenchContext, history: NationwideHistory, timings: CatchupTimings): BenchResult {
  const { database, appendSeconds, rebuild } = timings;
  const events = history.events.length;
  if (rebuild.events !== events) throw new Error(`${database}: the rebuild replayed ${rebuild.events} of ${events} events`);
  ctx.log(
    `${database} nationwide ${history.mandates} mandates: ${events} events, append ${appendSeconds.toFixed(1)} s, projection ${(rebuild.elapsedMs / 1000).toFixed(1)} s`,
  );
  return toResult(
    { name: `${database}.projection.catchup`, unit: 'events/s', referenceName: timings.reference, target: CATCHUP_TARGET },
    events / (rebuild.elapsedMs / 1000),
    events / appendSeconds,
  );
}

/** The report line saying what the catch-up figures were measured on. */
export function historyNote(history: NationwideHistory): string {
  const count = (n: number): string => n.toLocaleString('en-US');
  return `nationwide history (${count(history.mandates)} mandates): ${count(history.events.length)} events written directly, not through the deciders`;
}
