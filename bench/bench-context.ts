import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MeasureOptions } from './measure';
import type { BenchResult } from './report';

/** How much work each measurement does; `--scale` shrinks it for quick checks while developing. */
export interface WorkloadSizes {
  readonly singleAppends: number;
  readonly batchEvents: number;
  readonly batchSize: number;
  readonly rawBatchSize: number;
  readonly readPageSize: number;
  readonly writers: number;
  readonly appendsPerWriter: number;
  /** Slices per round in which subject and reference take turns (see `compare`). */
  readonly slices: number;
}

export function workloadSizes(scale: number): WorkloadSizes {
  const scaled = (n: number, unit: number): number => Math.max(1, Math.round((n * scale) / unit)) * unit;
  return {
    singleAppends: scaled(5_000, 10),
    // whole reference transactions, so both sides cut into the same slices
    batchEvents: scaled(100_000, 1_000),
    batchSize: 100,
    rawBatchSize: 1_000,
    readPageSize: 1_000,
    writers: 8,
    appendsPerWriter: scaled(1_000, 10),
    slices: 10,
  };
}

/** Everything a group of measurements needs from the orchestrator. */
export interface BenchContext extends MeasureOptions {
  readonly sizes: WorkloadSizes;
  /** A private temporary folder on the same file system for every SQLite file. */
  readonly workDir: string;
  /** Adds a line to the report above the table (settings both sides ran with, sizes). */
  note(line: string): void;
  /** A figure an earlier group measured in this run, for a group that takes it as its reference. */
  measured?(name: string): BenchResult | undefined;
}

/** The same context at a small size, one round, silent: for warming up before the measured rounds. */
export function warmUpContext(ctx: BenchContext): BenchContext {
  const { rawBatchSize } = ctx.sizes;
  const sizes = { ...ctx.sizes, singleAppends: 200, batchEvents: 2 * rawBatchSize, appendsPerWriter: 25, slices: 2 };
  return { ...ctx, sizes, rounds: 1, log: () => {} };
}

let fileCounter = 0;

/** A path for a database file that no earlier measurement used. */
export function freshFile(ctx: BenchContext, label: string): string {
  fileCounter += 1;
  return join(ctx.workDir, `${label}-${fileCounter}.db`);
}

/** Removes a SQLite file with its WAL and shared-memory files, so the folder does not fill the disk. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
