import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { toResult, type BenchResult } from './report';

/** One side's fresh state for one round, its work cut into slices that are timed one by one. */
interface PreparedRun {
  readonly slices: ReadonlyArray<() => Promise<void> | void>;
  /** What the slices process together, in the comparison's unit (events). */
  readonly count: number;
  /** Checks the work was really done, so a broken adapter cannot post a fast figure; not timed. */
  verify(): Promise<void> | void;
  /** Closes and deletes the fresh state, whether or not the round got through. */
  release(): Promise<void> | void;
}

/** Prepares one side for a round: opens a fresh store, plans the events (not timed). */
export type Contender = () => Promise<PreparedRun>;

export interface Comparison {
  readonly name: string;
  readonly unit: string;
  readonly referenceName: string;
  readonly target?: number;
  /** Rounds for this comparison, when it differs from the run's `--rounds` (cheap reads repeat more). */
  readonly rounds?: number;
  readonly subject: Contender;
  readonly reference: Contender;
}

export interface MeasureOptions {
  readonly rounds: number;
  readonly log: (line: string) => void;
}

const SIDES = ['subject', 'reference'] as const;
type Side = (typeof SIDES)[number];

/** Events done and seconds spent by one side. */
interface Tally {
  count: number;
  seconds: number;
}

/**
 * Runs subject and reference slice by slice, alternating which goes first
 * (ABBA), each on its own fresh state. The machine is shared and its disk
 * latency drifts over seconds; interleaving short slices gives both sides the
 * same weather, where timing one side after the other would turn that drift
 * into a false ratio. Both tables also grow in step, so neither is timed on a
 * smaller table. Rates are total count over total time across all rounds.
 */
export async function compare(comparison: Comparison, { rounds, log }: MeasureOptions): Promise<BenchResult> {
  const total: Record<Side, Tally> = { subject: { count: 0, seconds: 0 }, reference: { count: 0, seconds: 0 } };
  const roundCount = comparison.rounds ?? rounds;
  for (let round = 1; round <= roundCount; round += 1) {
    const tally = await interleavedRound(comparison);
    for (const side of SIDES) {
      total[side].count += tally[side].count;
      total[side].seconds += tally[side].seconds;
    }
    const rate = (side: Side): number => Math.round(tally[side].count / tally[side].seconds);
    log(`${comparison.name} round ${round}/${roundCount}: ${rate('subject')} vs ${rate('reference')} ${comparison.unit}`);
  }
  return toResult(
    comparison,
    total.subject.count / total.subject.seconds,
    total.reference.count / total.reference.seconds,
  );
}

/** Prepares both sides, times them in turns, checks their work, and releases them whatever happened. */
async function interleavedRound(comparison: Comparison): Promise<Record<Side, Tally>> {
  const reference = await comparison.reference();
  try {
    const subject = await comparison.subject();
    try {
      const seconds = await timeInTurns(comparison.name, { subject, reference });
      await subject.verify();
      await reference.verify();
      return {
        subject: { count: subject.count, seconds: seconds.subject },
        reference: { count: reference.count, seconds: seconds.reference },
      };
    } finally {
      await subject.release();
    }
  } finally {
    await reference.release();
  }
}

async function timeInTurns(name: string, runs: Record<Side, PreparedRun>): Promise<Record<Side, number>> {
  const slices = runs.subject.slices.length;
  if (runs.reference.slices.length !== slices) throw new Error(`${name}: the sides were cut into different numbers of slices`);
  const seconds = { subject: 0, reference: 0 };
  collectGarbage();
  for (let i = 0; i < slices; i += 1) {
    const order: Side[] = i % 2 === 0 ? ['reference', 'subject'] : ['subject', 'reference'];
    for (const side of order) seconds[side] += await timeSeconds(runs[side].slices[i]);
  }
  return seconds;
}

async function timeSeconds(work: () => Promise<void> | void): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** Fails a run that did not do what it claims, so a broken adapter cannot post a fast figure. */
export function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

let gc: (() => void) | undefined;

/**
 * Collects garbage before a round so one side does not pay for garbage left by
 * set-up. `npm run bench` starts node without --expose-gc, so the flag is set
 * at run time; a fresh context then exposes `gc`.
 */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
