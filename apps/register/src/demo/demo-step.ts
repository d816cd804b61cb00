import type { Command } from '@nestjs/cqrs';
import type { CommandMetadata } from '../write-side/command-metadata';
import type { WriteResult } from '../write-side/write-result';

/**
 * One write of the demo: a command class the HTTP controllers dispatch too,
 * with the data a controller would build from its request body. `key` names
 * the step for good: its events' ids and its idempotency-ledger entry derive
 * from it, so a step must keep its key across versions of the demo.
 */
export interface DemoStep {
  readonly key: string;
  readonly data: unknown;
  command(metadata: CommandMetadata): Command<WriteResult>;
}

type CommandClass<D> = new (data: D, metadata: CommandMetadata) => Command<WriteResult>;

export function demoStep<D>(key: string, type: CommandClass<D>, data: D): DemoStep {
  return { key, data, command: (metadata) => new type(data, metadata) };
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
