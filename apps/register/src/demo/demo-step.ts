import type { WriteCommandType } from '../write-side/write-command';
import type { WriteAnswer, WriteOptions, WriteOrigin } from '../write-side/write-origin';
import type { WritePipeline } from '../write-side/write-pipeline';
import type { WriteResult } from '../write-side/write-result';

/**
 * One write of the demo: a command class the HTTP controllers send too, with
 * the data a controller would build from its request body. `key` names the
 * step for good: it is the step's idempotency key, from which its events'
 * ids derive, so a step must keep its key across versions of the demo.
 */
export interface DemoStep {
  readonly key: string;
  /** What the step sends, and what the idempotency ledger compares a later run's step with. */
  readonly data: unknown;
  send(pipeline: WritePipeline, origin: WriteOrigin, options: WriteOptions): Promise<WriteAnswer<WriteResult>>;
}

export function demoStep<D>(key: string, type: WriteCommandType<D, WriteResult>, data: D): DemoStep {
  return { key, data, send: (pipeline, origin, options) => pipeline.execute(type, data, origin, options) };
}

/**
 * Marks what the source documents do not say and the demo had to invent
 * (dates, publication numbers, positions below the manager), in titles and
 * texts a user reads, so no one mistakes it for the record.
 */
export const EXAMPLE = '(voorbeeld)';

/**
 * A gemeenteblad number from an obviously invented range: real numbers of a
 * year stay far below 999,000, and every demo publication lies above it.
 */
export function exampleGemeenteblad(year: number, serial: number): string {
  return `gmb-${year}-${999_000 + serial}`;
}
